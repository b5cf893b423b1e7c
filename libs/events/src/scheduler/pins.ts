import type { Assignment } from './assignment.js';

/**
 * Places pinned meetings first, in input order, and fixes them. A pin that collides with an earlier one
 * (a participant already meeting then, its table taken, the slot full, a cap reached) is refused: its
 * meeting stays unplaced with `pin-conflict`. Returns the refused meetings.
 */
export function placePins(state: Assignment): Set<number> {
  const refused = new Set<number>();
  const { meetings, tableIds } = state.instance;
  const tableTaken = new Set<number>();
  for (const m of meetings) {
    if (!m.pin) continue;
    if (m.staticReason) {
      refused.add(m.index);
      continue;
    }
    const tableKey = m.pin.slot * tableIds.length + m.pin.table;
    if (!state.fits(m.index, m.pin.slot) || (m.pin.table >= 0 && tableTaken.has(tableKey))) {
      refused.add(m.index);
      continue;
    }
    if (m.pin.table >= 0) tableTaken.add(tableKey);
    state.assign(m.index, m.pin.slot);
    state.fixed[m.index] = 1;
  }
  state.commit();
  return refused;
}

/** Meetings by priority: accepted first, then higher score, then fewer candidate slots, then input order. */
export function byValue(state: Assignment): (x: number, y: number) => number {
  const meetings = state.instance.meetings;
  return (x, y) => {
    const mx = meetings[x]!;
    const my = meetings[y]!;
    return (
      Number(my.accepted) - Number(mx.accepted) ||
      my.score - mx.score ||
      mx.candidates.length - my.candidates.length ||
      x - y
    );
  };
}
