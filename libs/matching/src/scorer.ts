import { TermStatistics } from './bm25.js';
import { FEATURES, type FeatureName, type FeatureResult, type PairContext } from './features.js';
import { masked, PAIR_TYPES, pairTypeOf, type MatchProfile, type PairType } from './profile.js';
import { WEIGHTS, type PairWeights } from './weights.js';

/** Fragments per language: `{ "zh-CN": [...], "en": [...] }`, the same count in each. */
export interface Fragments {
  readonly 'zh-CN': string[];
  readonly en: string[];
}

/** Why a pair fits (best first) and what speaks against it, each in zh-CN and en. */
export interface Explanation {
  readonly reasons: Fragments;
  readonly warnings: Fragments;
}

/** A pair as explained to one side: features and fragments from what that side may know. */
export interface ExplainedView extends Explanation {
  readonly features: Partial<Record<FeatureName, number | null>>;
}

/**
 * A scored pair: the total, each feature's value (null: no evidence) and the explanation in zh-CN and en,
 * rendered when first read: a pool is scored whole, and only the matches kept need their reasons.
 */
export interface ScoredMatch extends ExplainedView {
  readonly need: MatchProfile;
  readonly supply: MatchProfile;
  readonly pairType: PairType;
  readonly score: number;
  /**
   * The pair as explained to the organization on the other side of `hidden`, when `hidden` keeps facts
   * back (a confidential posting): features and fragments from the masked profile, so nothing quotes or
   * betrays a hidden field. Undefined when that side hides nothing.
   */
  viewWithout(hidden: 'need' | 'supply'): ExplainedView | undefined;
}

/**
 * Features that read the terms of the posting, which a posting hiding its text cannot show even as a
 * number (a masked profile has no terms, so the value would be a false "no relevance").
 */
const TEXT_FEATURES: readonly FeatureName[] = ['text', 'keywords'];

/** Reasons in favour worth showing, the features that carry the score first; warnings come on top. */
const MAX_REASONS = 6;

/**
 * Ranks candidates for one posting. Pure: give it profiles and a pool, get scores and explanations; the
 * service feeds it rows from PostgreSQL and the evaluation feeds it the labelled set.
 */
export class MatchScorer {
  private readonly entries: ReadonlyMap<PairType, WeightEntries>;

  constructor(private readonly weights: Readonly<Record<PairType, PairWeights>> = WEIGHTS) {
    this.entries = new Map(PAIR_TYPES.map((type) => [type, weightEntries(weights[type])]));
  }

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
    const entries = this.entries.get(pairType)!;
    const results = new Map<FeatureName, FeatureResult>();
    for (const name of entries.names) results.set(name, FEATURES[name](pair));
    const topical = weightedMean(entries.topical, results) ?? 0;
    const context = weightedMean(entries.context, results);
    const score =
      context === undefined ? topical : topical * (1 - weights.contextShare + weights.contextShare * context);
    const features = valuesOf(results);
    let explanation: Explanation | undefined;
    const explain = () => (explanation ??= explainResults(weights, results));
    return {
      need: pair.need,
      supply: pair.supply,
      pairType,
      score: round(score),
      features,
      get reasons() {
        return explain().reasons;
      },
      get warnings() {
        return explain().warnings;
      },
      viewWithout: (hidden) => {
        const profile = pair[hidden];
        if (!profile.hidden?.length) return undefined;
        const maskedPair = { ...pair, [hidden]: masked(profile) };
        const maskedResults = new Map<FeatureName, FeatureResult>();
        for (const name of entries.names) maskedResults.set(name, FEATURES[name](maskedPair));
        const values = valuesOf(maskedResults);
        if (profile.hidden.includes('text'))
          for (const name of TEXT_FEATURES) if (name in values) values[name] = null;
        return { features: values, ...explainResults(weights, maskedResults) };
      },
    };
  }
}

function valuesOf(
  results: ReadonlyMap<FeatureName, FeatureResult>,
): Partial<Record<FeatureName, number | null>> {
  const features: Partial<Record<FeatureName, number | null>> = {};
  for (const [name, result] of results) features[name] = result.value === null ? null : round(result.value);
  return features;
}

/**
 * A pair type's weights as lists, in the order of its PairWeights: built once per scorer, not once per
 * candidate of every pool.
 */
interface WeightEntries {
  readonly names: readonly FeatureName[];
  readonly topical: readonly (readonly [FeatureName, number])[];
  readonly context: readonly (readonly [FeatureName, number])[];
}

function weightEntries({ topical, context }: PairWeights): WeightEntries {
  const entries = {
    topical: Object.entries(topical) as [FeatureName, number][],
    context: Object.entries(context) as [FeatureName, number][],
  };
  return { ...entries, names: [...entries.topical, ...entries.context].map(([name]) => name) };
}

function weightedMean(
  weights: readonly (readonly [FeatureName, number])[],
  results: ReadonlyMap<FeatureName, FeatureResult>,
): number | undefined {
  let sum = 0;
  let total = 0;
  for (const [name, weight] of weights) {
    const value = results.get(name)?.value;
    if (value === null || value === undefined) continue;
    sum += weight * value;
    total += weight;
  }
  return total > 0 ? sum / total : undefined;
}

/**
 * Reasons in favour ordered by what they add to the score (at most MAX_REASONS), and every warning: a
 * TRL short of the need must not be hidden behind five compliments. The UI joins each list with ；/ ;.
 */
function explainResults(weights: PairWeights, results: ReadonlyMap<FeatureName, FeatureResult>): Explanation {
  const weightOf = (name: FeatureName) =>
    weights.topical[name] ?? (weights.context[name] ?? 0) * weights.contextShare;
  const explained = [...results.entries()].flatMap(([name, result]) => {
    const reason = result.reason?.();
    return reason ? [{ reason, warning: result.warning, weight: weightOf(name) * (result.value ?? 0) }] : [];
  });
  // Two features saying the same thing (the same words) say it once.
  const fragments = (picked: typeof explained): Fragments => {
    const unique = [...new Map(picked.map(({ reason }) => [reason.zh, reason])).values()];
    return { 'zh-CN': unique.map((r) => r.zh), en: unique.map((r) => r.en) };
  };
  return {
    reasons: fragments(
      explained
        .filter(({ warning }) => !warning)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, MAX_REASONS),
    ),
    warnings: fragments(explained.filter(({ warning }) => warning)),
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
