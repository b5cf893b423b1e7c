import type { Instance } from './instance.js';

/** The objective as a tuple compared lexicographically: accepted, meetings, kept, score, covered. */
export type ObjectiveTuple = [number, number, number, number, number];

/** Score sums are compared with this slack, so float noise never counts as an improvement. */
const SCORE_EPSILON = 1e-9;

/** > 0 when `x` is better than `y`. */
export function compareTuples(x: ObjectiveTuple, y: ObjectiveTuple): number {
  for (let i = 0; i < x.length; i += 1) {
    const d = x[i]! - y[i]!;
    if (i === 3 ? Math.abs(d) > SCORE_EPSILON : d !== 0) return d;
  }
  return 0;
}

/**
 * Which meeting takes which slot (tables come later: within a slot they are interchangeable), kept
 * consistent with per-participant and per-slot occupancy and the running objective. Every change is
 * journalled so a tentative chain of moves can be undone in one call.
 */
export class Assignment {
  readonly slotOf: Int32Array;
  /** `busy[p * S + s]`: the meeting participant p has in slot s, or -1. */
  readonly busy: Int32Array;
  readonly used: Int32Array;
  readonly count: Int32Array;
  /** Meetings in each slot. */
  readonly members: Set<number>[];
  /** Pinned meetings: placed first and never moved. */
  readonly fixed: Uint8Array;
  private readonly journal: number[] = [];
  private readonly S: number;
  accepted = 0;
  placed = 0;
  kept = 0;
  score = 0;
  covered = 0;

  constructor(readonly instance: Instance) {
    const S = instance.slotIds.length;
    this.S = S;
    this.slotOf = new Int32Array(instance.meetings.length).fill(-1);
    this.busy = new Int32Array(instance.participantIds.length * S).fill(-1);
    this.used = new Int32Array(S);
    this.count = new Int32Array(instance.participantIds.length);
    this.members = Array.from({ length: S }, () => new Set<number>());
    this.fixed = new Uint8Array(instance.meetings.length);
  }

  tuple(): ObjectiveTuple {
    return [this.accepted, this.placed, this.kept, this.score, this.covered];
  }

  /** Whether meeting m (unplaced) could take slot s now: both free, a table left, caps not reached. */
  fits(m: number, s: number): boolean {
    const { a, b } = this.instance.meetings[m]!;
    const S = this.S;
    return (
      this.busy[a * S + s] === -1 &&
      this.busy[b * S + s] === -1 &&
      this.used[s]! < this.instance.capacity[s]! &&
      this.count[a]! < this.instance.cap[a]! &&
      this.count[b]! < this.instance.cap[b]!
    );
  }

  /** Whether both participants have room under their caps for one more meeting. */
  capsAllow(m: number): boolean {
    const { a, b } = this.instance.meetings[m]!;
    return this.count[a]! < this.instance.cap[a]! && this.count[b]! < this.instance.cap[b]!;
  }

  meetingOf(p: number, s: number): number {
    return this.busy[p * this.S + s]!;
  }

  /** Puts an unplaced meeting into slot s; the caller has checked that both participants are free. */
  assign(m: number, s: number): void {
    // A broken invariant here would silently double-book: fail loudly instead.
    if (this.slotOf[m] !== -1 || this.used[s]! >= this.instance.capacity[s]!) {
      throw new Error(`scheduler invariant: meeting ${m} cannot take slot ${s}`);
    }
    this.apply(m, s);
    this.journal.push(m, -1);
  }

  /** Takes a placed meeting out of its slot. */
  unassign(m: number): void {
    const from = this.slotOf[m]!;
    this.apply(m, -1);
    this.journal.push(m, from);
  }

  mark(): number {
    return this.journal.length;
  }

  /** Undoes every change made since `mark`. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const from = this.journal.pop()!;
      const m = this.journal.pop()!;
      this.apply(m, from);
    }
  }

  /** Forgets the journal (the changes so far are final). */
  commit(): void {
    this.journal.length = 0;
  }

  private apply(m: number, s: number): void {
    const meeting = this.instance.meetings[m]!;
    const S = this.S;
    const sign = s >= 0 ? 1 : -1;
    const slot = s >= 0 ? s : this.slotOf[m]!;
    if (s >= 0) this.members[s]!.add(m);
    else this.members[slot]!.delete(m);
    this.busy[meeting.a * S + slot] = s >= 0 ? m : -1;
    this.busy[meeting.b * S + slot] = s >= 0 ? m : -1;
    this.used[slot]! += sign;
    for (const p of [meeting.a, meeting.b]) {
      if (s < 0 && this.count[p] === 1) this.covered -= 1;
      this.count[p]! += sign;
      if (s >= 0 && this.count[p] === 1) this.covered += 1;
    }
    this.slotOf[m] = s;
    if (meeting.accepted) this.accepted += sign;
    this.placed += sign;
    this.score += sign * meeting.score;
    if (this.instance.currentSlot[m] === slot) this.kept += sign;
  }
}
