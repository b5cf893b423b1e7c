import { createHash } from 'node:crypto';
import { DEV_TYPES, type DevType } from './dev-set.js';
import type { DemandMetrics, TypeMetrics } from './score-runs.js';

/** The seed of the split: fixed, so every run and every commit compares the same two halves. */
export const HALVES_SEED = 'issue-15';

export type Half = 'A' | 'B';

/**
 * Splits the set's demands into two halves by a seeded hash of their ids: the same halves on every run,
 * unrelated to the order or the content of the set. A change to the ranking is tuned on one half and must
 * hold on the other: a gain on the tuned half alone is fitting the set, not improving the engine.
 */
export function splitHalves(demandIds: readonly string[], seed = HALVES_SEED): Record<Half, string[]> {
  const hash = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  const ordered = [...demandIds].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
  const cut = Math.ceil(ordered.length / 2);
  return { A: ordered.slice(0, cut).sort(), B: ordered.slice(cut).sort() };
}

/**
 * Macro-averages per-demand figures over the demands of one half, per candidate type, as score.mjs
 * averages the whole set: over the demands that have at least one relevant candidate of the type (the
 * only ones it prints per demand).
 */
export function halfMetrics(
  perDemand: readonly DemandMetrics[],
  demandIds: readonly string[],
): Record<DevType, TypeMetrics> {
  const ids = new Set(demandIds);
  const metrics = {} as Record<DevType, TypeMetrics>;
  for (const type of DEV_TYPES) {
    const rows = perDemand.filter((row) => row.type === type && ids.has(row.demandId));
    const mean = (key: 'ndcg10' | 'recall20') =>
      rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + row[key], 0) / rows.length;
    metrics[type] = { demands: rows.length, ndcg10: mean('ndcg10'), recall20: mean('recall20') };
  }
  return metrics;
}
