/**
 * Lookups over the project's technology-field taxonomy (tech-fields.data.ts): eleven top fields ('EV') and
 * their subfields ('EV-BATTERY'). Postings, experts and saved searches store these codes; this module
 * validates them and turns them into names and picker trees.
 */
import { RELATED_TECH_FIELDS, TECH_FIELDS, type TechSubfieldData } from './tech-fields.data.js';
import type { Language } from '../i18n/messages.js';

/** A top field with its subfields, or a subfield (no `children`), named in one language. */
export interface TechFieldNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly TechFieldNode[];
}

interface Entry {
  readonly field: TechSubfieldData;
  /** The top field's code for a subfield; `undefined` for a top field, which has no parent. */
  readonly parent: string | undefined;
}

// Built once at module load: the data is small (under a hundred nodes) and every lookup needs it.
const ENTRIES: ReadonlyMap<string, Entry> = new Map(
  TECH_FIELDS.flatMap((top): [string, Entry][] => [
    [top.code, { field: top, parent: undefined }],
    ...top.subfields.map((sub): [string, Entry] => [sub.code, { field: sub, parent: top.code }]),
  ]),
);

const localName = (field: { zh: string; en: string }, lang: Language) =>
  lang === 'en' ? field.en : field.zh;

/** Whether `code` is a top field ('IT') or a subfield ('IT-AI'); case-sensitive, as stored. */
export function isTechFieldCode(code: string): boolean {
  return ENTRIES.has(code);
}

/** The name of a field, e.g. 'EV-BATTERY' → '动力电池' ('Traction Batteries' in en); `undefined` if unknown. */
export function techFieldName(code: string, lang: Language = 'zh-CN'): string | undefined {
  const entry = ENTRIES.get(code);
  return entry && localName(entry.field, lang);
}

/**
 * The top field of a subfield ('EV-BATTERY' → 'EV'). `undefined` both for a top field, which has no
 * parent, and for an unknown code; tell them apart with `isTechFieldCode`.
 */
export function techFieldParent(code: string): string | undefined {
  return ENTRIES.get(code)?.parent;
}

/** A field and everything under it: a top field with its subfields, a subfield alone ([] if unknown). */
export function techFieldWithSubfields(code: string): string[] {
  const top = TECH_FIELDS.find((field) => field.code === code);
  if (top) return [top.code, ...top.subfields.map((sub) => sub.code)];
  return ENTRIES.has(code) ? [code] : [];
}

const RELATED: ReadonlyMap<string, readonly string[]> = (() => {
  const related = new Map<string, string[]>();
  for (const [a, b] of RELATED_TECH_FIELDS) {
    related.set(a, [...(related.get(a) ?? []), b]);
    related.set(b, [...(related.get(b) ?? []), a]);
  }
  return related;
})();

/**
 * The subfields of other top fields linked to a subfield as working on the same things
 * (RELATED_TECH_FIELDS, both ways): 'EP-MONITOR' → ['EQ-INSTRUMENT', 'IT-IOT', 'SV-TESTING']. [] for a
 * top field or an unknown code.
 */
export function techFieldRelated(code: string): readonly string[] {
  return RELATED.get(code) ?? [];
}

/** All top fields, each with its subfields as `children`, in display order, for a cascader or tree select. */
export function techFieldTree(lang: Language = 'zh-CN'): TechFieldNode[] {
  // Fresh objects on every call, so a caller that mutates its tree cannot corrupt another's.
  return TECH_FIELDS.map((top) => ({
    code: top.code,
    name: localName(top, lang),
    children: top.subfields.map((sub) => ({ code: sub.code, name: localName(sub, lang) })),
  }));
}
