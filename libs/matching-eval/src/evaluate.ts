import { MatchScorer, ProfileBuilder, type MatchProfile } from '#matching';
import {
  achievementInput,
  demandInput,
  expertInput,
  investorInput,
  type DevSet,
  type DevType,
} from './dev-set.js';

/** A run in the set's format: demand id → candidate type → ranked ids. */
export type Run = Record<string, Record<DevType, string[]>>;

/** The depth score.mjs reads (Recall@20) with room to spare, as the baseline writes it. */
export const RUN_DEPTH = 50;

/**
 * Ranks every candidate of each type for every demand of the set, as the service would rank retrieved
 * candidates: one pool per type, IDF from that pool, the top {@link RUN_DEPTH} kept.
 */
export function rankDevSet(set: DevSet, builder = ProfileBuilder.shared(), scorer = new MatchScorer()): Run {
  const pools: Record<DevType, MatchProfile[]> = {
    expert: set.experts.map((e) => builder.build(expertInput(e))),
    achievement: set.achievements.map((a) => builder.build(achievementInput(a))),
    investor: set.investors.map((f) => builder.build(investorInput(f))),
  };
  // A fixed clock: freshness must not make two runs of the same set differ.
  const now = new Date('2026-01-01T00:00:00Z');
  const run: Run = {};
  for (const demand of set.demands) {
    const source = builder.build(demandInput(demand));
    const ranked = (type: DevType) =>
      scorer
        .rank(source, pools[type], now)
        .filter((match) => match.score > 0)
        .slice(0, RUN_DEPTH)
        .map((match) => match.supply.id);
    run[demand.id] = {
      expert: ranked('expert'),
      achievement: ranked('achievement'),
      investor: ranked('investor'),
    };
  }
  return run;
}
