import type { FeatureName } from './features.js';
import type { PairType } from './profile.js';

/**
 * How much each feature counts, per pair type: THE place to review and change the ranking.
 *
 * A score is `topical × (1 − contextShare + contextShare × context)`: `topical` is the weighted mean of
 * the topical features (is this about the same problem?), `context` the weighted mean of the rest (can
 * this supplier serve this need: readiness, money, place, availability). Context scales topical rather
 * than adding to it, so a nearby, available, well-patented candidate on the wrong subject still ranks
 * low. A feature with no evidence for a pair (no budget stated) drops out of its mean.
 *
 * Changing a weight changes stored scores: re-run `npm run eval:matching` and record the figures in
 * docs/BENCHMARKS.md.
 */
export interface PairWeights {
  readonly topical: Partial<Record<FeatureName, number>>;
  readonly context: Partial<Record<FeatureName, number>>;
  readonly contextShare: number;
}

export const WEIGHTS: Readonly<Record<PairType, PairWeights>> = {
  'demand:expert': {
    topical: { text: 0.6, keywords: 0.3, field: 0.1 },
    context: { region: 0.3, availability: 0.35, trackRecord: 0.15, freshness: 0.05, feedback: 0.15 },
    contextShare: 0.2,
  },
  // Context (readiness first, then budget and place) scales an achievement's fit by at most 30 %: at 40 %
  // a lab-stage result on the demand's very problem, which its owner may still license and mature, fell
  // below mature ones on neighbouring problems; 0.3 ranked better on both halves of the development set,
  // 0.2 lost nDCG on one.
  // The field counts 0.2 (an expert's 0.1): an achievement is one technology, filed under the subfield it
  // belongs to, so sharing that field (or a related one) says more than for an expert who lists several
  // near fields; an alternative route to the demand's problem shares its field, not its words. Field
  // 0.15–0.2 raised nDCG@10 and Recall@20 on both halves of the development set; experts lost at 0.15.
  'demand:achievement': {
    topical: { text: 0.6, keywords: 0.2, field: 0.2 },
    context: { trl: 0.45, budget: 0.15, region: 0.2, trackRecord: 0.1, freshness: 0.05, feedback: 0.05 },
    contextShare: 0.3,
  },
  'demand:project': {
    topical: { text: 0.6, keywords: 0.3, field: 0.1 },
    context: { region: 0.4, freshness: 0.3, feedback: 0.3 },
    contextShare: 0.2,
  },
  // Investors write theses and sector lists, not technical text: the field the demand falls in matters
  // more than shared words, and the ticket must hold the budget.
  'demand:financing-offer': {
    topical: { field: 0.5, text: 0.3, keywords: 0.2 },
    context: { budget: 0.45, stage: 0.2, region: 0.25, feedback: 0.1 },
    contextShare: 0.45,
  },
  'project:financing-offer': {
    topical: { field: 0.5, text: 0.3, keywords: 0.2 },
    context: { budget: 0.35, stage: 0.35, region: 0.2, feedback: 0.1 },
    contextShare: 0.5,
  },
};
