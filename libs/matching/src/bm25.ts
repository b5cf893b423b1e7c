import type { MatchProfile } from './profile.js';

/** BM25's usual constants: term-frequency saturation and length normalization. */
const K1 = 1.2;
const B = 0.75;

/**
 * Document frequencies over a pool of candidates, for BM25's IDF: a word every candidate uses (技术, 研究)
 * says little about fit, one few use (负温, 涡街) says much. Built from the pool being ranked, so the
 * weights follow the catalogue rather than a fixed stopword list.
 */
export class TermStatistics {
  private readonly df = new Map<string, number>();
  private readonly size: number;
  readonly averageLength: number;

  constructor(pool: readonly MatchProfile[]) {
    let total = 0;
    for (const profile of pool) {
      total += profile.length;
      for (const term of profile.terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    this.size = pool.length;
    this.averageLength = pool.length > 0 ? total / pool.length : 1;
  }

  /** BM25+ style IDF, never negative: a term in more than half of the pool still counts a little. */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }
}

/**
 * BM25 relevance of a candidate to a query profile, scaled to 0–1 by the score a candidate would get if
 * it held every query term at saturation. That bound makes the value comparable across queries of
 * different length (a stored score means the same for a terse and a wordy demand), and keeps the terms
 * it is made of inspectable: `matched` lists the query terms that contributed most.
 */
export function bm25(
  query: MatchProfile,
  candidate: MatchProfile,
  stats: TermStatistics,
): { value: number; matched: string[] } {
  let score = 0;
  let bound = 0;
  const contributions: [string, number][] = [];
  const norm = K1 * (1 - B + (B * candidate.length) / stats.averageLength);
  for (const [term, queryWeight] of query.terms) {
    const idf = stats.idf(term);
    // Repeating a word in a long description should not let it dominate: query weight saturates too.
    const weight = (idf * queryWeight) / (queryWeight + 1);
    bound += weight;
    const tf = candidate.terms.get(term);
    if (tf === undefined) continue;
    const part = (weight * tf) / (tf + norm);
    score += part;
    contributions.push([term, part]);
  }
  contributions.sort((a, b) => b[1] - a[1]);
  return {
    value: bound > 0 ? score / bound : 0,
    matched: contributions.slice(0, 5).map(([term]) => term),
  };
}
