import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIT_THRESHOLDS, MatchScorer, ProfileBuilder, type MatchProfile, type PairType } from '#matching';
import {
  achievementInput,
  demandInput,
  DEV_TYPES,
  expertInput,
  investorInput,
  type DevSet,
  type DevType,
} from './dev-set.js';

/** A qrels line of the labelled set: how well a candidate answers a demand (unlisted: 0). */
interface Qrel {
  demandId: string;
  candidateType: DevType;
  candidateId: string;
  grade: number;
}

export const PAIR_OF_DEV_TYPE: Record<DevType, PairType> = {
  expert: 'demand:expert',
  achievement: 'demand:achievement',
  investor: 'demand:financing-offer',
};

export interface FitCalibration {
  type: DevType;
  /** Least score above which at least half the pairs are graded 2–3. */
  high: number;
  /** Least score above which at least half the pairs are graded at least 1. */
  medium: number;
  /** What the current FIT_THRESHOLDS say, for comparison. */
  current: { high: number; medium: number };
}

/**
 * The fit levels' calibration (fit-level.ts): scores every demand × candidate of the labelled set with
 * the scorer and finds, per candidate type, the least score from which on most pairs are good (graded
 * 2–3: `high`) or relevant at all (graded ≥ 1: `medium`). One threshold per type over all its pairs, so
 * no single demand or candidate moves it much. Reads the labels: an evaluation tool, never the engine.
 */
export function calibrateFit(dir: string, set: DevSet, scorer = new MatchScorer()): FitCalibration[] {
  const qrels = JSON.parse(readFileSync(join(dir, 'qrels.json'), 'utf8')) as Qrel[];
  const grade = new Map(qrels.map((q) => [`${q.demandId}|${q.candidateType}|${q.candidateId}`, q.grade]));
  const builder = ProfileBuilder.shared();
  const pools: Record<DevType, MatchProfile[]> = {
    expert: set.experts.map((e) => builder.build(expertInput(e))),
    achievement: set.achievements.map((a) => builder.build(achievementInput(a))),
    investor: set.investors.map((f) => builder.build(investorInput(f))),
  };
  const now = new Date('2026-01-01T00:00:00Z');
  return DEV_TYPES.map((type) => {
    const pairs: { score: number; grade: number }[] = [];
    for (const demand of set.demands) {
      const source = builder.build(demandInput(demand));
      for (const match of scorer.rank(source, pools[type], now)) {
        if (match.score <= 0) continue;
        pairs.push({ score: match.score, grade: grade.get(`${demand.id}|${type}|${match.supply.id}`) ?? 0 });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    return {
      type,
      high: leastScoreWithPrecision(pairs, 2),
      medium: leastScoreWithPrecision(pairs, 1),
      current: FIT_THRESHOLDS[PAIR_OF_DEV_TYPE[type]],
    };
  });
}

/** The lowest score whose pairs at or above it are at least half graded ≥ `minGrade`. */
function leastScoreWithPrecision(
  sorted: readonly { score: number; grade: number }[],
  minGrade: number,
): number {
  let good = 0;
  let threshold = sorted[0]?.score ?? 0;
  for (const [i, pair] of sorted.entries()) {
    if (pair.grade >= minGrade) good += 1;
    if (good / (i + 1) >= 0.5) threshold = pair.score;
  }
  return Math.round(threshold * 1000) / 1000;
}
