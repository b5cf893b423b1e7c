import { TECH_FIELDS } from '#core';
import { THESAURUS, THESAURUS_HIERARCHY } from './thesaurus.data.js';

/** Every synonym group of the thesaurus, terms trimmed, the preferred term first. */
export function thesaurusGroups(): string[][] {
  return Object.values(THESAURUS).flatMap((groups) =>
    groups.map((group) => group.split('|').map((term) => term.trim())),
  );
}

/** The top technology field each synonym group is filed under in the thesaurus (its section), by group. */
export function thesaurusSections(): { field: string; group: string[] }[] {
  return Object.entries(THESAURUS).flatMap(([field, groups]) =>
    groups.map((group) => ({ field, group: group.split('|').map((term) => term.trim()) })),
  );
}

/** Every hierarchy line of the thesaurus as a broader term and its narrower terms, trimmed. */
export function thesaurusHierarchy(): { broader: string; narrower: string[] }[] {
  return Object.values(THESAURUS_HIERARCHY).flatMap((lines) =>
    lines.map((line) => {
      const [broader = '', narrower = ''] = line.split('>');
      return { broader: broader.trim(), narrower: narrower.split('|').map((term) => term.trim()) };
    }),
  );
}

const HAN = /\p{Script=Han}/u;

/**
 * The English name of each Chinese term the vocabulary translates: a synonym group's first term without
 * Chinese characters (工业机器人 → industrial robot), and the taxonomy's field names. What English readers
 * are shown for a Chinese posting's words; a term with no entry has no English name here.
 */
export function englishTermNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const group of thesaurusGroups()) {
    const english = group.find((term) => !HAN.test(term));
    if (english) for (const term of group) if (HAN.test(term) && !names.has(term)) names.set(term, english);
  }
  for (const top of TECH_FIELDS)
    for (const field of [top, ...top.subfields]) if (!names.has(field.zh)) names.set(field.zh, field.en);
  return names;
}

/**
 * Terms jieba must keep whole: the thesaurus, plus the taxonomy's field names and keywords. Without
 * them search-mode cutting splits 锂离子电池 into 锂/离子/电池 and the synonym could never match as one.
 */
export function domainVocabulary(): string[] {
  const taxonomy = TECH_FIELDS.flatMap((top) => [
    top.zh,
    top.en,
    ...top.keywords.zh,
    ...top.keywords.en,
    ...top.subfields.flatMap((sub) => [sub.zh, sub.en, ...sub.keywords.zh, ...sub.keywords.en]),
  ]);
  return [...new Set([...thesaurusGroups().flat(), ...taxonomy])];
}
