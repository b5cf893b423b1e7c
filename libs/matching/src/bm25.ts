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
  private readonly queries = new WeakMap<MatchProfile, QueryWeights>();
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
  private idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /**
   * The query's terms with their weights, and the score bound they add up to: the same for every
   * candidate of the pool a query is ranked against, so worked out once per query.
   */
  weightsOf(query: MatchProfile): QueryWeights {
    let weights = this.queries.get(query);
    if (!weights) {
      let bound = 0;
      const terms: [string, number][] = [];
      for (const [term, queryWeight] of query.terms) {
        // Repeating a word in a long description should not let it dominate: query weight saturates too.
        const weight = (this.idf(term) * queryWeight) / (queryWeight + 1);
        bound += weight;
        terms.push([term, weight]);
      }
      weights = { terms, bound };
      this.queries.set(query, weights);
    }
    return weights;
  }
}

/** A query's terms with their BM25 weights (IDF times saturated query frequency), and their sum. */
interface QueryWeights {
  readonly terms: readonly (readonly [string, number])[];
  readonly bound: number;
}

/**
 * BM25 relevance of a candidate to a query profile, scaled to 0–1 by the score a candidate would get if
 * it held every query term at saturation. That bound makes the value comparable across queries of
 * different length (a stored score means the same for a terse and a wordy demand), and keeps the terms
 * it is made of inspectable (`bm25Terms`).
 */
export function bm25(query: MatchProfile, candidate: MatchProfile, stats: TermStatistics): number {
  return addUp(query, candidate, stats);
}

/**
 * The query terms that contributed most to `bm25` of the pair, best first. Kept apart from the score:
 * every candidate is scored, but only the few kept are explained and pay for the sort.
 */
export function bm25Terms(query: MatchProfile, candidate: MatchProfile, stats: TermStatistics): string[] {
  const contributions: [string, number][] = [];
  addUp(query, candidate, stats, (term, part) => contributions.push([term, part]));
  contributions.sort((a, b) => b[1] - a[1]);
  return contributions.slice(0, 5).map(([term]) => term);
}

/** The scaled BM25 score, showing `visit` what each query term the candidate holds adds to it. */
function addUp(
  query: MatchProfile,
  candidate: MatchProfile,
  stats: TermStatistics,
  visit?: (term: string, part: number) => void,
): number {
  const { terms, bound } = stats.weightsOf(query);
  let score = 0;
  const norm = K1 * (1 - B + (B * candidate.length) / stats.averageLength);
  for (const [term, weight] of terms) {
    const tf = candidate.terms.get(term);
    if (tf === undefined) continue;
    const part = (weight * tf) / (tf + norm);
    score += part;
    visit?.(term, part);
  }
  return bound > 0 ? score / bound : 0;
}
