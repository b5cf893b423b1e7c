import type { ParsedQuery } from '../search-engine.js';

/**
 * Alternatives one query may contribute: a query of several words is every combination of their
 * alternatives (A|B)&(C|D) → AC|AD|BC|BD, which grows fast, so a long title keeps its first combinations
 * (its words' own forms come first, synonyms after).
 */
const MAX_ALTERNATIVES_PER_QUERY = 64;

/**
 * One query that matches what any of `queries` matches: a single word whose alternatives are each
 * query's conjunction spelled out, so `bestMatches` for a posting's keywords and title is one statement.
 * Only the words' own alternatives: matching weighs related terms itself, through its profiles.
 */
export function anyOf(queries: readonly ParsedQuery[]): ParsedQuery {
  const searchable = queries.filter((query) => query.words.length > 0);
  const alternatives = new Map<string, string[]>();
  for (const query of searchable) {
    let combinations: string[][] = [[]];
    for (const word of query.words) {
      combinations = combinations
        .flatMap((prefix) => word.alternatives.map((lexemes) => [...prefix, ...lexemes]))
        .slice(0, MAX_ALTERNATIVES_PER_QUERY);
    }
    for (const lexemes of combinations) {
      const unique = [...new Set(lexemes)];
      alternatives.set(unique.join(' '), unique);
    }
  }
  const text = searchable.map((query) => query.text).join(' ');
  return {
    text,
    words:
      alternatives.size === 0
        ? []
        : [{ text, alternatives: [...alternatives.values()], related: [], fuzzy: false }],
    highlightTerms: [...new Set(searchable.flatMap((query) => query.highlightTerms))].sort(
      (a, b) => b.length - a.length,
    ),
  };
}
