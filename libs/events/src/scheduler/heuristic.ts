import { Assignment, compareTuples } from './assignment.js';
import { degreeBound } from './degree-bound.js';
import type { Instance } from './instance.js';
import { byValue, placePins } from './pins.js';
import { seededRandom } from './random.js';

/** Work allowed to one top-level insertion's chain search, so one hard meeting cannot eat the budget. */
const NODE_BUDGET = 4_000;
/** How many table victims a deeper chain tries per slot before giving up on that slot. */
const VICTIMS_TRIED = 3;
/** Ejection-chain depths tried in turn: cheap short chains place most meetings, long ones the rest. */
const DEPTHS = [1, 2, 3, 4];

/**
 * Ejection chains: to place a meeting in a slot where a participant is busy or the tables are full, move
 * what is in the way to another slot, recursively up to a depth. A chain only relocates meetings, never
 * drops one, so each success places one more meeting without losing any; a failed chain is rolled back.
 */
class ChainSearch {
  lockAnchored = false;
  private nodes = 0;

  constructor(
    private readonly state: Assignment,
    private readonly random: () => number,
  ) {}

  private shuffled(slots: readonly number[]): number[] {
    const copy = [...slots];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Whether meeting r may be moved by a chain: not pinned, and not a kept placement while those are locked. */
  private movable(r: number): boolean {
    const { instance } = this.state;
    return (
      this.state.fixed[r] === 0 && !(this.lockAnchored && instance.currentSlot[r] === this.state.slotOf[r])
    );
  }

  /** Places the unplaced meeting m, directly or through a chain; leaves the state unchanged on failure. */
  insert(m: number, depth: number): boolean {
    const { state } = this;
    if (!state.capsAllow(m)) return false;
    const candidates = state.instance.meetings[m]!.candidates;
    const direct = this.bestFit(m, candidates, -1);
    if (direct >= 0) {
      state.assign(m, direct);
      return true;
    }
    this.nodes = 0;
    for (const s of this.shuffled(candidates)) {
      const mark = state.mark();
      if (this.forceInto(m, s, depth)) return true;
      state.rollback(mark);
    }
    return false;
  }

  /** The fitting slot with the most free tables (spreading meetings leaves room for later ones), or -1. */
  bestFit(m: number, candidates: readonly number[], forbidden: number): number {
    const { state } = this;
    let best = -1;
    let bestFree = -1;
    for (const s of candidates) {
      if (s === forbidden || !state.fits(m, s)) continue;
      const free = state.instance.capacity[s]! - state.used[s]!;
      if (free > bestFree) {
        best = s;
        bestFree = free;
      }
    }
    return best;
  }

  /** Puts the unplaced meeting r into any slot but `forbidden`, with chains up to `depth`. */
  private relocate(r: number, forbidden: number, depth: number): boolean {
    const { state } = this;
    const candidates = state.instance.meetings[r]!.candidates;
    const direct = this.bestFit(r, candidates, forbidden);
    if (direct >= 0) {
      state.assign(r, direct);
      return true;
    }
    if (depth === 0) return false;
    for (const s of this.shuffled(candidates)) {
      if (s === forbidden) continue;
      const mark = state.mark();
      if (this.forceInto(r, s, depth)) return true;
      state.rollback(mark);
    }
    return false;
  }

  /** Makes room for m in slot s by moving its participants' meetings there and, if full, one other. */
  private forceInto(m: number, s: number, depth: number): boolean {
    const { state } = this;
    this.nodes += 1;
    if (this.nodes > NODE_BUDGET) return false;
    const { a, b } = state.instance.meetings[m]!;
    const blockers = [...new Set([state.meetingOf(a, s), state.meetingOf(b, s)])].filter((r) => r >= 0);
    if (blockers.some((r) => !this.movable(r))) return false;
    for (const r of blockers) state.unassign(r);
    if (state.used[s]! >= state.instance.capacity[s]! && !this.freeTable(s, depth)) return false;
    // Freeing a table relocates meetings, and a relocated meeting may have taken the room just made.
    if (
      state.used[s]! >= state.instance.capacity[s]! ||
      state.meetingOf(a, s) >= 0 ||
      state.meetingOf(b, s) >= 0
    ) {
      return false;
    }
    state.assign(m, s);
    return blockers.every((r) => this.relocate(r, s, depth - 1));
  }

  /** Moves one meeting out of the full slot s: one that fits elsewhere directly, else a few tried deeper. */
  private freeTable(s: number, depth: number): boolean {
    const { state } = this;
    const victims = [...state.members[s]!].filter((r) => this.movable(r));
    for (const r of victims) {
      const target = this.bestFit2(r, s);
      if (target >= 0) {
        state.unassign(r);
        state.assign(r, target);
        return true;
      }
    }
    if (depth <= 1) return false;
    for (const r of this.shuffled(victims).slice(0, VICTIMS_TRIED)) {
      const mark = state.mark();
      state.unassign(r);
      if (this.relocate(r, s, depth - 1)) return true;
      state.rollback(mark);
    }
    return false;
  }

  /** A slot other than s that the placed meeting r would fit in once taken out of s (its caps stay). */
  private bestFit2(r: number, s: number): number {
    const { state } = this;
    const { a, b, candidates } = state.instance.meetings[r]!;
    for (const t of candidates) {
      if (t === s) continue;
      if (
        state.meetingOf(a, t) === -1 &&
        state.meetingOf(b, t) === -1 &&
        state.used[t]! < state.instance.capacity[t]!
      ) {
        return t;
      }
    }
    return -1;
  }
}

/**
 * The heuristic: pins, then the current placements that still fit, then a greedy construction, then
 * ejection chains of growing depth for what is left, then swaps that trade placed meetings for better
 * unplaced ones when the objective tuple improves. The construction runs twice — in value order
 * (accepted, score) and in scarcity order (accepted, then meetings whose participants have fewer requests
 * than their cap first, since a cap is what a popular participant runs out of) — and the better result
 * wins. Stops at the deadline (performance.now() milliseconds) with the best state so far, always valid.
 */
export function runHeuristic(
  instance: Instance,
  deadline: number,
  seed: number,
): { state: Assignment; refused: Set<number> } {
  const started = performance.now();
  const halfway = started + (deadline - started) / 2;
  const byScore = improve(instance, halfway, seed, 'value');
  const byScarcity = improve(instance, deadline, seed, 'scarcity');
  return compareTuples(byScarcity.state.tuple(), byScore.state.tuple()) > 0 ? byScarcity : byScore;
}

function improve(
  instance: Instance,
  deadline: number,
  seed: number,
  construction: 'value' | 'scarcity',
): { state: Assignment; refused: Set<number> } {
  const state = new Assignment(instance);
  const refused = placePins(state);
  const value = byValue(state);
  const order = instance.meetings
    .filter((m) => !state.fixed[m.index] && !m.staticReason && !refused.has(m.index))
    .map((m) => m.index)
    .sort(value);
  for (const m of order) {
    const s = instance.currentSlot[m]!;
    if (s >= 0 && instance.meetings[m]!.candidates.includes(s) && state.fits(m, s)) state.assign(m, s);
  }
  const oversubscribed = (p: number) => (instance.degree[p]! > instance.cap[p]! ? 1 : 0);
  const scarcity = (m: number) =>
    oversubscribed(instance.meetings[m]!.a) + oversubscribed(instance.meetings[m]!.b);
  const built =
    construction === 'value'
      ? order
      : [...order].sort(
          (x, y) =>
            Number(instance.meetings[y]!.accepted) - Number(instance.meetings[x]!.accepted) ||
            scarcity(x) - scarcity(y) ||
            value(x, y),
        );
  const chains = new ChainSearch(state, seededRandom(seed));
  for (const m of built) {
    if (state.slotOf[m]! >= 0 || !state.capsAllow(m)) continue;
    const s = chains.bestFit(m, instance.meetings[m]!.candidates, -1);
    if (s >= 0) state.assign(m, s);
  }
  state.commit();

  const reruns = instance.input.current && instance.input.current.length > 0;
  const chainPass = (depth: number): boolean => {
    let improved = false;
    for (const lock of reruns ? [true, false] : [false]) {
      chains.lockAnchored = lock;
      for (const m of order) {
        if (performance.now() > deadline) return improved;
        if (state.slotOf[m]! < 0 && chains.insert(m, depth)) {
          state.commit();
          improved = true;
        }
      }
    }
    return improved;
  };
  // Once every meeting the degree bound allows is placed, chains cannot add one: only swaps can help.
  const ceiling = degreeBound(instance);
  for (const depth of DEPTHS) {
    while (state.placed < ceiling && chainPass(depth) && performance.now() <= deadline);
  }
  for (let round = 0; round < 4 && performance.now() <= deadline; round += 1) {
    if (!swapPass(state, order, chains, deadline)) break;
    for (const depth of DEPTHS.slice(0, 2)) if (state.placed < ceiling) chainPass(depth);
  }
  state.commit();
  return { state, refused };
}

/**
 * For each unplaced meeting, best first: take out what stands in its way in one slot (the meetings of a
 * participant at its cap, or its participants' meetings in that slot and, if full, the slot's least
 * valuable meeting), place it, put what was taken out back elsewhere if possible, and keep the result
 * only if the objective tuple (accepted, meetings, kept, score, covered) is better.
 */
function swapPass(
  state: Assignment,
  order: readonly number[],
  chains: ChainSearch,
  deadline: number,
): boolean {
  const { instance } = state;
  const value = byValue(state);
  let improved = false;
  chains.lockAnchored = false;
  // Each participant's meetings, so a participant freed by a swap can be offered its others.
  const waiting: number[][] = instance.participantIds.map(() => []);
  for (const m of order) {
    waiting[instance.meetings[m]!.a]!.push(m);
    waiting[instance.meetings[m]!.b]!.push(m);
  }
  for (const m of order) {
    if (performance.now() > deadline) break;
    if (state.slotOf[m]! >= 0) continue;
    const meeting = instance.meetings[m]!;
    // Only a meeting worth no more (priority, then score) gives way; equal ones may, for fairness.
    const mayGiveWay = (r: number) => {
      const other = instance.meetings[r]!;
      return other.accepted === meeting.accepted ? other.score <= meeting.score : meeting.accepted;
    };
    const attempts: number[][] = [];
    const atCap = [meeting.a, meeting.b].filter((p) => state.count[p]! >= instance.cap[p]!);
    if (atCap.length === 1) {
      // Any meeting of the capped participant may go out: its partner, freed, may then take another
      // meeting (an augmenting path of the cap-constrained matching), which the tuple comparison rewards.
      for (const r of participantMeetings(state, atCap[0]!)) {
        const other = instance.meetings[r]!;
        if (state.fixed[r] === 0 && (meeting.accepted || !other.accepted)) attempts.push([r]);
      }
    } else if (atCap.length === 2) {
      const out = atCap.map((p) => leastValuable(state, participantMeetings(state, p), value));
      if (out.every((r) => r >= 0 && mayGiveWay(r))) attempts.push([...new Set(out)]);
    } else {
      for (const s of meeting.candidates) {
        const out = [state.meetingOf(meeting.a, s), state.meetingOf(meeting.b, s)].filter((r) => r >= 0);
        if (state.used[s]! - out.length >= instance.capacity[s]!) {
          out.push(
            leastValuable(
              state,
              [...state.members[s]!].filter((r) => !out.includes(r)),
              value,
            ),
          );
        }
        if (out.every((r) => r >= 0 && state.fixed[r] === 0 && mayGiveWay(r)))
          attempts.push([...new Set(out)]);
      }
    }
    for (const out of attempts) {
      const before = state.tuple();
      const mark = state.mark();
      for (const r of out) state.unassign(r);
      if (chains.insert(m, 1)) {
        for (const r of out) chains.insert(r, 1);
        for (const r of out) {
          if (state.slotOf[r]! >= 0) continue;
          const { a, b } = instance.meetings[r]!;
          for (const p of [a, b]) for (const u of waiting[p]!) if (state.slotOf[u]! < 0) chains.insert(u, 1);
        }
        if (compareTuples(state.tuple(), before) > 0) {
          state.commit();
          improved = true;
          break;
        }
      }
      state.rollback(mark);
    }
  }
  return improved;
}

function participantMeetings(state: Assignment, p: number): number[] {
  const S = state.instance.slotIds.length;
  return Array.from(state.busy.subarray(p * S, p * S + S)).filter((r) => r >= 0);
}

/** The least valuable movable meeting of a list (by the greedy order), or -1. */
function leastValuable(
  state: Assignment,
  meetings: number[],
  value: (x: number, y: number) => number,
): number {
  let worst = -1;
  for (const r of meetings) {
    if (state.fixed[r] === 0 && (worst < 0 || value(r, worst) > 0)) worst = r;
  }
  return worst;
}
