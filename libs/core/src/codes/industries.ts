/**
 * Lookups over GB/T 4754-2017 门类 (sections, a letter A–T) and 大类 (divisions, two digits 01–97).
 * Finer levels (中类, 小类) are deliberately absent: matchmaking filters on broad industries, and a
 * picker with well over a thousand 小类 is unusable.
 */
import { INDUSTRY_SECTIONS } from './industries.data.js';
import type { Language } from '../i18n/messages.js';

/** A section with its divisions, or a division (no `children`), named in one language. */
export interface IndustryNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly IndustryNode[];
}

interface Entry {
  readonly zh: string;
  readonly en: string;
  readonly section: string;
}

const ENTRIES: ReadonlyMap<string, Entry> = new Map(
  INDUSTRY_SECTIONS.flatMap((section) => [
    [section.code, { zh: section.zh, en: section.en, section: section.code }] as const,
    ...section.divisions.map(
      (division) => [division.code, { zh: division.zh, en: division.en, section: section.code }] as const,
    ),
  ]),
);

/** Whether `code` is a 门类 letter ('C') or a 大类 number ('39'); case-sensitive, like the standard. */
export function isIndustryCode(code: string): boolean {
  return ENTRIES.has(code);
}

/** The name of a 门类 or 大类, e.g. '65' → '软件和信息技术服务业'; `undefined` for unknown codes. */
export function industryName(code: string, lang: Language = 'zh-CN'): string | undefined {
  const entry = ENTRIES.get(code);
  return entry && (lang === 'en' ? entry.en : entry.zh);
}

/** The 门类 letter a code belongs to ('39' → 'C', 'C' → 'C'); `undefined` for unknown codes. */
export function industrySectionOf(code: string): string | undefined {
  return ENTRIES.get(code)?.section;
}

/** All 20 门类, each with its 大类 as `children`, in code order, for a cascader or tree select. */
export function industryTree(lang: Language = 'zh-CN'): IndustryNode[] {
  const name = (item: { zh: string; en: string }) => (lang === 'en' ? item.en : item.zh);
  return INDUSTRY_SECTIONS.map((section) => ({
    code: section.code,
    name: name(section),
    children: section.divisions.map((division) => ({ code: division.code, name: name(division) })),
  }));
}
