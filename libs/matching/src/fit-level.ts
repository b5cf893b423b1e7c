import type { PairType } from './profile.js';

/** How well a match fits, as people read it: 高 / 中 / 一般. Stored nowhere: derived from the score. */
export const FIT_LEVELS = ['high', 'medium', 'fair'] as const;
export type FitLevel = (typeof FIT_LEVELS)[number];

export const FIT_LABELS: Readonly<Record<FitLevel, { readonly zh: string; readonly en: string }>> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  fair: { zh: '一般', en: 'Fair' },
};

/**
 * The least score of a `high` and of a `medium` fit, per pair type. Raw scores are not probabilities:
 * an expert's text rarely shares more than a fifth of a demand's weighted terms, so a very good expert
 * reads 25 % while an investor, whose fit is mostly field and ticket, reads 50 %. The thresholds are
 * calibrated on the labelled set's grades (libs/matching/src/eval/calibrate.ts): `high` is
 * the score above which most candidates are graded 2–3 (core speciality or an alternative route to the
 * problem), `medium` the one above which most are graded at least 1 (`npm run eval:matching` prints
 * the calibration next to these values; they are its figures, rounded). Pair types without labels take
 * their nearest labelled kind's (a project is described like an achievement; project → offer like
 * demand → offer). Re-run the calibration when the weights change.
 */
export const FIT_THRESHOLDS: Readonly<Record<PairType, { readonly high: number; readonly medium: number }>> =
  {
    'demand:expert': { high: 0.1, medium: 0.05 },
    // Achievements read higher since their field counts 0.2 (weights.ts); projects keep 0.1 and the old values.
    'demand:achievement': { high: 0.2, medium: 0.13 },
    'demand:project': { high: 0.12, medium: 0.08 },
    'demand:financing-offer': { high: 0.2, medium: 0.14 },
    'project:financing-offer': { high: 0.2, medium: 0.14 },
  };

export function fitLevel(pairType: PairType, score: number): FitLevel {
  const { high, medium } = FIT_THRESHOLDS[pairType];
  return score >= high ? 'high' : score >= medium ? 'medium' : 'fair';
}
