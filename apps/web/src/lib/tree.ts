import type { TreeOption } from '../api/types';

/** The codes from the root down to `code` (for a Cascader value), or [] if absent. */
export function pathToCode(tree: readonly TreeOption[], code: string): string[] {
  for (const node of tree) {
    if (node.code === code) return [node.code];
    if (node.children?.length) {
      const below = pathToCode(node.children, code);
      if (below.length) return [node.code, ...below];
    }
  }
  return [];
}

/** The names from the root down to `code`, e.g. ['福建省', '福州市', '鼓楼区']. */
export function namesToCode(tree: readonly TreeOption[], code: string): string[] {
  const names: string[] = [];
  let level: readonly TreeOption[] | undefined = tree;
  for (const step of pathToCode(tree, code)) {
    const node: TreeOption | undefined = level?.find((n) => n.code === step);
    if (!node) break;
    names.push(node.name);
    level = node.children;
  }
  return names;
}

export interface CascaderNode {
  value: string;
  label: string;
  children?: CascaderNode[];
}

export function toCascaderOptions(tree: readonly TreeOption[]): CascaderNode[] {
  return tree.map((node) => ({
    value: node.code,
    label: node.name,
    ...(node.children?.length ? { children: toCascaderOptions(node.children) } : {}),
  }));
}

export interface TreeSelectNode {
  value: string;
  title: string;
  children?: TreeSelectNode[];
}

export function toTreeSelectData(tree: readonly TreeOption[]): TreeSelectNode[] {
  return tree.map((node) => ({
    value: node.code,
    title: node.name,
    ...(node.children?.length ? { children: toTreeSelectData(node.children) } : {}),
  }));
}
