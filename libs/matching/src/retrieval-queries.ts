import { CONCEPT_PREFIX } from './profile-builder.js';
import type { MatchProfile } from './profile.js';

/** Texts sent to the engine as alternatives: the first keywords and the title. */
const MAX_TEXT_QUERIES = 6;
/**
 * The posting's thesaurus concepts sent besides, most weighted first. The engine expands each query
 * word to its thesaurus group in both languages, so a concept's query finds the other language's
 * postings even when the posting's title and keywords, as whole queries, hold words the other
 * language's texts never use (an English bridge-damper demand against Chinese 斜拉索阻尼器 supply).
 */
const MAX_CONCEPT_QUERIES = 10;

/**
 * The words of the keywords and the title sent alone besides: a supplier that words the problem
 * differently shares some of them but rarely a whole keyword (负温快硬修补 against 负温施工), and the
 * scorer's text feature credits exactly such shared words, so retrieval must not need more.
 */
const MAX_WORD_QUERIES = 16;
const HAN = /\p{Script=Han}/u;

/**
 * What matching asks the search engine for, for one posting: its keywords and title, its thesaurus
 * concepts by their preferred names, and the single words of its keywords and title (`titleWords`,
 * as the analyzer cuts them). The engine takes them as alternatives, not a conjunction, and ranks the
 * postings that match more of them first.
 */
export function retrievalQueries(
  profile: Pick<MatchProfile, 'keywords' | 'title' | 'terms'>,
  titleWords: readonly string[] = [],
): string[] {
  const texts = [...profile.keywords.map((keyword) => keyword.text), profile.title]
    .filter((text) => text.length > 0)
    .slice(0, MAX_TEXT_QUERIES);
  const concepts = [...profile.terms]
    .filter(([term]) => term.startsWith(CONCEPT_PREFIX))
    // Ties by name, so the choice is the same on every run.
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CONCEPT_QUERIES)
    .map(([term]) => term.slice(CONCEPT_PREFIX.length));
  const words = [...profile.keywords.flatMap((keyword) => keyword.parts), ...titleWords]
    // A single Han character or a short Latin token says too little to retrieve by.
    .filter((word) => (HAN.test(word) ? word.length >= 2 : word.length >= 3))
    .filter((word, i, all) => all.indexOf(word) === i)
    .slice(0, MAX_WORD_QUERIES);
  return [...new Set([...texts, ...concepts, ...words])];
}
