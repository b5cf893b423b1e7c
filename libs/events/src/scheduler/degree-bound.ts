import type { Instance } from './instance.js';

/**
 * A combinatorial upper bound on the meetings any schedule can place, in O(meetings × slots):
 * the smallest of (1) the meetings that can be placed at all, (2) open tables over all slots,
 * (3) each participant's min(cap, usable slots, meetings) summed and halved (a meeting uses two), and
 * (4) per slot, min(open tables, participants there with a meeting / 2, meetings that may use it).
 */
export function degreeBound(instance: Instance): number {
  const S = instance.slotIds.length;
  const P = instance.participantIds.length;
  const placeable = instance.meetings.filter((m) => !m.staticReason);
  const tables = instance.capacity.reduce((sum, c) => sum + c, 0);

  const degree = new Int32Array(P);
  const slotsOf = Array.from({ length: P }, () => new Set<number>());
  const present = Array.from({ length: S }, () => new Set<number>());
  const usersOf = new Int32Array(S);
  for (const m of placeable) {
    degree[m.a]! += 1;
    degree[m.b]! += 1;
    for (const s of m.candidates) {
      slotsOf[m.a]!.add(s);
      slotsOf[m.b]!.add(s);
      present[s]!.add(m.a).add(m.b);
      usersOf[s]! += 1;
    }
  }
  let ends = 0;
  for (let p = 0; p < P; p += 1) ends += Math.min(instance.cap[p]!, slotsOf[p]!.size, degree[p]!);
  let perSlot = 0;
  for (let s = 0; s < S; s += 1) {
    perSlot += Math.min(instance.capacity[s]!, Math.floor(present[s]!.size / 2), usersOf[s]!);
  }
  return Math.min(placeable.length, tables, Math.floor(ends / 2), perSlot);
}
