import { Assignment } from './assignment.js';
import { degreeBound } from './degree-bound.js';
import { compileInstance } from './instance.js';
import { placePins } from './pins.js';
import { buildResult } from './result.js';
import type { ScheduleInput, ScheduleResult } from './types.js';

/**
 * The baseline every run is measured against: pins first, then current placements that still fit, then
 * each meeting — accepted before suggested, otherwise in input order — in the first slot where both
 * participants are free, a table is open and neither cap is reached. No look-ahead, no repair.
 */
export function greedyFirstFit(input: ScheduleInput): ScheduleResult {
  const started = performance.now();
  const instance = compileInstance(input);
  const state = new Assignment(instance);
  const refused = placePins(state);
  const order = instance.meetings
    .filter((m) => !state.fixed[m.index] && !m.staticReason && !refused.has(m.index))
    .sort((x, y) => Number(y.accepted) - Number(x.accepted) || x.index - y.index)
    .map((m) => m.index);
  for (const m of order) {
    const s = instance.currentSlot[m]!;
    if (s >= 0 && instance.meetings[m]!.candidates.includes(s) && state.fits(m, s)) state.assign(m, s);
  }
  for (const m of order) {
    if (state.slotOf[m]! >= 0) continue;
    const s = instance.meetings[m]!.candidates.find((slot) => state.fits(m, slot));
    if (s !== undefined) state.assign(m, s);
  }
  state.commit();
  return buildResult(state, refused, {
    bound: { meetings: degreeBound(instance), kind: 'degree' },
    method: 'greedy',
    started,
  });
}
