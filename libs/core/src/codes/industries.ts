/**
 * Lookups over the four levels of GB/T 4754-2017 国民经济行业分类: 门类 (sections, a letter A–T), 大类
 * (divisions, two digits 01–97), 中类 (groups, three digits) and 小类 (classes, four digits). A digit code
 * starts with its parent's code, so '3841' 锂离子电池制造 sits under '384' 电池制造 under '38'.
 */
import { INDUSTRY_SECTIONS } from './industries.data.js';
import { INDUSTRY_GROUPS_TEXT } from './industries-fine.data.js';
import type { Language } from '../i18n/messages.js';

/** A node of the industry tree named in one language; 小类 have no `children`. */
export interface IndustryNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly IndustryNode[];
}

interface Entry {
  readonly code: string;
  readonly zh: string;
  /** Only 门类 and 大类 have an English name; the standard publishes none for finer levels. */
  readonly en?: string;
  readonly section: string;
  readonly children: Entry[];
}

function buildEntries(): { sections: Entry[]; byCode: Map<string, Entry> } {
  const byCode = new Map<string, Entry>();
  const add = (code: string, zh: string, section: string, parent?: Entry, en?: string): Entry => {
    const entry: Entry = { code, zh, en, section, children: [] };
    byCode.set(code, entry);
    parent?.children.push(entry);
    return entry;
  };
  const sections = INDUSTRY_SECTIONS.map((section) => {
    const entry = add(section.code, section.zh, section.code, undefined, section.en);
    for (const division of section.divisions)
      add(division.code, division.zh, section.code, entry, division.en);
    return entry;
  });
  for (const line of INDUSTRY_GROUPS_TEXT.trim().split('\n')) {
    const [group, ...classes] = line.split('|').map(splitCodeAndName);
    const division = byCode.get(group.code.slice(0, 2))!;
    const groupEntry = add(group.code, group.name, division.section, division);
    // An undivided 中类 has a single 小类 of its own name whose code ends in 0 (see the data file).
    for (const item of classes.length ? classes : [{ code: '0', name: group.name }]) {
      add(group.code + item.code, item.name, division.section, groupEntry);
    }
  }
  return { sections, byCode };
}

function splitCodeAndName(item: string): { code: string; name: string } {
  const space = item.indexOf(' ');
  return { code: item.slice(0, space), name: item.slice(space + 1) };
}

const { sections: SECTIONS, byCode: ENTRIES } = buildEntries();

const nameOf = (entry: Entry, lang: Language) => (lang === 'en' ? (entry.en ?? entry.zh) : entry.zh);

/** Whether `code` is a code of any level ('C', '38', '384', '3841'); case-sensitive, like the standard. */
export function isIndustryCode(code: string): boolean {
  return ENTRIES.has(code);
}

/**
 * The name of a code, e.g. '65' → '软件和信息技术服务业'; `undefined` for unknown codes. 中类 and 小类 keep
 * their Chinese name in English, as the standard has no English text for them.
 */
export function industryName(code: string, lang: Language = 'zh-CN'): string | undefined {
  const entry = ENTRIES.get(code);
  return entry && nameOf(entry, lang);
}

/** The 门类 letter a code belongs to ('3841' → 'C', 'C' → 'C'); `undefined` for unknown codes. */
export function industrySectionOf(code: string): string | undefined {
  return ENTRIES.get(code)?.section;
}

/** `code` and every code under it ('38' → '38', '381', '3811', …, '384', '3841', …); `[]` for unknown codes. */
export function industryCodesWithin(code: string): string[] {
  const entry = ENTRIES.get(code);
  const collect = (node: Entry): string[] => [node.code, ...node.children.flatMap(collect)];
  return entry ? collect(entry) : [];
}

/** The whole tree: 20 门类 → 大类 → 中类 → 小类, in code order, for a cascader or tree select. */
export function industryTree(lang: Language = 'zh-CN'): IndustryNode[] {
  const toNode = (entry: Entry): IndustryNode =>
    entry.children.length
      ? { code: entry.code, name: nameOf(entry, lang), children: entry.children.map(toNode) }
      : { code: entry.code, name: nameOf(entry, lang) };
  return SECTIONS.map(toNode);
}
