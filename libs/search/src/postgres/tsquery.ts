import type { QueryWord } from '../search-engine.js';

/**
 * A tsquery in PostgreSQL's syntax: every word must match (&) through any of its alternatives (|), an
 * alternative being all of its lexemes (&). Lexemes are letters and digits only (TextAnalyzer), so
 * quoting them needs no escaping. `prefix` lets the last word match as the start of a lexeme (typing).
 */
export function toTsquery(words: readonly QueryWord[], prefix = false): string {
  return words
    .map((word, index) => {
      const open = prefix && index === words.length - 1 ? ':*' : '';
      const alternatives = word.alternatives.map((lexemes) => {
        const all = lexemes.map((lexeme) => `'${lexeme}'${open}`).join(' & ');
        return lexemes.length > 1 ? `(${all})` : all;
      });
      return `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}
