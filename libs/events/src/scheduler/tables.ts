import type { Assignment } from './assignment.js';

/**
 * Gives each placed meeting a table of its slot: a pinned table first, then the meeting's current table
 * (re-runs keep people at the table their agenda names), then the first open table left. Within a slot
 * tables are interchangeable, so this never fails: the slot assignment kept each slot within its open
 * tables, and pins were refused when their table was taken.
 */
export function assignTables(state: Assignment): Int32Array {
  const { instance } = state;
  const T = instance.tableIds.length;
  const tableOf = new Int32Array(instance.meetings.length).fill(-1);
  state.members.forEach((members, s) => {
    const taken = new Uint8Array(T);
    const open = (t: number) => t >= 0 && instance.tableOpen[s * T + t] === 1 && taken[t] === 0;
    const take = (m: number, t: number) => {
      tableOf[m] = t;
      taken[t] = 1;
    };
    const ordered = [...members].sort((x, y) => x - y);
    for (const m of ordered) {
      const pin = instance.meetings[m]!.pin;
      if (pin && pin.table >= 0 && state.fixed[m]) take(m, pin.table);
    }
    for (const m of ordered) {
      if (tableOf[m]! < 0 && instance.currentSlot[m] === s && open(instance.currentTable[m]!)) {
        take(m, instance.currentTable[m]!);
      }
    }
    let next = 0;
    for (const m of ordered) {
      if (tableOf[m]! >= 0) continue;
      while (!open(next)) next += 1;
      take(m, next);
    }
  });
  return tableOf;
}
