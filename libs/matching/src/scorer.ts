import { TermStatistics } from './bm25.js';
import { FEATURES, type FeatureName, type FeatureResult, type PairContext, type Reason } from './features.js';
import { pairTypeOf, type MatchProfile, type PairType } from './profile.js';
import { WEIGHTS, type PairWeights } from './weights.js';

/** A scored pair: the total, each feature's value (null: no evidence) and the explanation in zh-CN and en. */
export interface ScoredMatch {
  readonly need: MatchProfile;
  readonly supply: MatchProfile;
  readonly pairType: PairType;
  readonly score: number;
  readonly features: Partial<Record<FeatureName, number | null>>;
  readonly reasons: { readonly 'zh-CN': string[]; readonly en: string[] };
}

/** Reasons in favour worth showing, the features that carry the score first; warnings come on top. */
const MAX_REASONS = 6;

/**
 * Ranks candidates for one posting. Pure: give it profiles and a pool, get scores and explanations; the
 * service feeds it rows from PostgreSQL and the evaluation feeds it the labelled set.
 */
export class MatchScorer {
  constructor(private readonly weights: Readonly<Record<PairType, PairWeights>> = WEIGHTS) {}

  /**
   * Scores `source` against each candidate (of any kind it pairs with), best first. IDF comes from the
   * candidates of each kind; when the source is the supply side (a new expert against open demands) the
   * need side is the candidate, and the pool of needs gives the IDF.
   */
  rank(source: MatchProfile, candidates: readonly MatchProfile[], now = new Date()): ScoredMatch[] {
    const byKind = new Map<string, MatchProfile[]>();
    for (const candidate of candidates) {
      const group = byKind.get(candidate.kind) ?? [];
      group.push(candidate);
      byKind.set(candidate.kind, group);
    }
    const scored: ScoredMatch[] = [];
    for (const group of byKind.values()) {
      const pair = pairTypeOf(source.kind, group[0]!.kind);
      if (!pair) continue;
      // The candidates of one kind give the IDF. When the source is the supply side (a new expert against
      // open demands) there is one supply document only, so the needs it is ranked against stand in.
      const stats = new TermStatistics(pair.swapped ? [source, ...group] : group);
      for (const candidate of group) {
        const [need, supply] = pair.swapped ? [candidate, source] : [source, candidate];
        scored.push(this.score(pair.type, { need, supply, stats, now }));
      }
    }
    return scored.sort((a, b) => b.score - a.score || (a.supply.id < b.supply.id ? -1 : 1));
  }

  score(pairType: PairType, pair: PairContext): ScoredMatch {
    const weights = this.weights[pairType];
    const results = new Map<FeatureName, FeatureResult>();
    for (const name of [...Object.keys(weights.topical), ...Object.keys(weights.context)] as FeatureName[]) {
      results.set(name, FEATURES[name](pair));
    }
    const topical = weightedMean(weights.topical, results) ?? 0;
    const context = weightedMean(weights.context, results);
    const score =
      context === undefined ? topical : topical * (1 - weights.contextShare + weights.contextShare * context);
    const features: Partial<Record<FeatureName, number | null>> = {};
    for (const [name, result] of results) features[name] = result.value === null ? null : round(result.value);
    return {
      need: pair.need,
      supply: pair.supply,
      pairType,
      score: round(score),
      features,
      reasons: explain(weights, results),
    };
  }
}

function weightedMean(
  weights: Partial<Record<FeatureName, number>>,
  results: ReadonlyMap<FeatureName, FeatureResult>,
): number | undefined {
  let sum = 0;
  let total = 0;
  for (const [name, weight] of Object.entries(weights) as [FeatureName, number][]) {
    const value = results.get(name)?.value;
    if (value === null || value === undefined) continue;
    sum += weight * value;
    total += weight;
  }
  return total > 0 ? sum / total : undefined;
}

/** Positive reasons ordered by what they add to the score, then warnings; joined with ；/ ; by the UI. */
function explain(
  weights: PairWeights,
  results: ReadonlyMap<FeatureName, FeatureResult>,
): { 'zh-CN': string[]; en: string[] } {
  const weightOf = (name: FeatureName) =>
    weights.topical[name] ?? (weights.context[name] ?? 0) * weights.contextShare;
  const explained = [...results.entries()]
    .filter(
      (entry): entry is [FeatureName, FeatureResult & { reason: Reason }] => entry[1].reason !== undefined,
    )
    .map(([name, result]) => ({ result, weight: weightOf(name) * (result.value ?? 0) }));
  // Warnings always show (a TRL short of the need must not be hidden behind five compliments).
  const ranked = [
    ...explained
      .filter(({ result }) => !result.warning)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_REASONS),
    ...explained.filter(({ result }) => result.warning),
  ];
  return {
    'zh-CN': ranked.map(({ result }) => result.reason.zh),
    en: ranked.map(({ result }) => result.reason.en),
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
