import type { QueryWord } from '../search-engine.js';

export interface TsqueryOptions {
  /** The last word may match as the start of a lexeme (typing). */
  prefix?: boolean;
  /** Whether each word's related terms (narrower, broader, part-of) match too. Default true. */
  related?: boolean;
}

/**
 * A tsquery in PostgreSQL's syntax: every word must match (&) through any of its alternatives (|), an
 * alternative being all of its lexemes (&). Lexemes are letters and digits only (TextAnalyzer), so
 * quoting them needs no escaping.
 */
export function toTsquery(words: readonly QueryWord[], options: TsqueryOptions = {}): string {
  const { prefix = false, related = true } = options;
  return words
    .map((word, index) => {
      const open = prefix && index === words.length - 1 ? ':*' : '';
      const alternatives = [...word.alternatives, ...(related ? word.related : [])].map((lexemes) => {
        const all = lexemes.map((lexeme) => `'${lexeme}'${open}`).join(' & ');
        return lexemes.length > 1 ? `(${all})` : all;
      });
      return `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}
