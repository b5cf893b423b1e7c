import { techFieldTree } from '../taxonomy/tech-fields.js';
import { industryTree } from './industries.js';
import { regionTree } from './regions.js';

/** Code lists whose entries people write by name in a spreadsheet. */
export type NamedCodeList = 'region' | 'techField' | 'industry';

interface NamedNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly NamedNode[];
}

let lookups: Record<NamedCodeList, Map<string, string>> | undefined;

/**
 * Names (Chinese or English, any case) to codes. A name shared by several entries (鼓楼区, or a 中类 and
 * its single 小类) keeps the first, shallowest entry only when the others are its own descendants;
 * otherwise it is left out, so the cell stays as typed and the row is refused with the field's error
 * rather than guessed.
 */
function buildLookups(): Record<NamedCodeList, Map<string, string>> {
  const index = (trees: readonly (readonly NamedNode[])[]) => {
    const codes = new Map<string, string>();
    const ambiguous = new Set<string>();
    const walk = (nodes: readonly NamedNode[], ancestorCodes: readonly string[]) =>
      nodes.forEach((node) => {
        const key = node.name.toLowerCase();
        const known = codes.get(key);
        if (known === undefined) codes.set(key, node.code);
        else if (known !== node.code && !ancestorCodes.includes(known)) ambiguous.add(key);
        walk(node.children ?? [], [...ancestorCodes, node.code]);
      });
    trees.forEach((tree) => walk(tree, []));
    ambiguous.forEach((key) => codes.delete(key));
    return codes;
  };
  return {
    region: index([regionTree('zh-CN'), regionTree('en')]),
    techField: index([techFieldTree('zh-CN'), techFieldTree('en')]),
    industry: index([industryTree('zh-CN'), industryTree('en')]),
  };
}

/** The code a name stands for in a code list ('江苏省' → '320000', '锂离子电池制造' → '3841'), if one. */
export function codeForName(list: NamedCodeList, name: string): string | undefined {
  lookups ??= buildLookups();
  return lookups[list].get(name.trim().toLowerCase());
}
