import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ValidationError } from '#core';
import { checkSchedule } from './check.js';
import { greedyFirstFit } from './greedy.js';
import { applyRandomChanges, randomEvent } from './random-instance.js';
import { schedule } from './scheduler.js';
import { buildSlots } from './slots.js';
import type {
  ScheduleInput,
  ScheduleResult,
  SchedulerMeeting,
  SchedulerParticipant,
  SchedulerTable,
} from './types.js';

/** Slots s0…s(n-1), one hour each from 09:00 on 2026-05-20 (UTC+8). */
function hourSlots(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    start: new Date(Date.UTC(2026, 4, 20, 1 + i)),
    end: new Date(Date.UTC(2026, 4, 20, 2 + i)),
  }));
}

function event(opts: {
  slots: number;
  tables: number;
  participants: string[];
  meetings: [string, string, number, ('accepted' | 'suggested')?][];
  caps?: Record<string, number>;
}): ScheduleInput & { participants: SchedulerParticipant[]; tables: SchedulerTable[] } {
  const slots = hourSlots(opts.slots);
  return {
    slots,
    tables: Array.from({ length: opts.tables }, (_, t) => ({ id: `t${t}` })),
    participants: opts.participants.map((id) => ({
      id,
      availableSlotIds: slots.map((s) => s.id),
      maxMeetings: opts.caps?.[id],
    })),
    meetings: opts.meetings.map(([a, b, score, priority], i) => ({
      id: `m${i}`,
      participantIds: [a, b],
      score,
      priority: priority ?? 'accepted',
    })),
  };
}

async function valid(
  input: ScheduleInput,
  options?: Parameters<typeof schedule>[1],
): Promise<ScheduleResult> {
  const result = await schedule(input, options);
  expect(checkSchedule(input, result)).toEqual([]);
  return result;
}

const placedIds = (r: ScheduleResult) => r.placed.map((p) => p.meetingId).sort();
const reasonOf = (r: ScheduleResult, id: string) => r.unplaced.find((u) => u.meetingId === id);

/** The lexicographic optimum (accepted, meetings, score, participants covered) by trying every assignment. */
function bruteForce(input: ScheduleInput): [number, number, number, number] {
  const { slots, tables, participants, meetings } = input;
  const avail = new Map(participants.map((p) => [p.id, new Set(p.availableSlotIds)]));
  const open = (s: string) => tables.filter((t) => !(t.unavailableSlotIds ?? []).includes(s)).length;
  const options = meetings.map((m) => [
    null,
    ...slots
      .map((s) => s.id)
      .filter((s) => m.participantIds.every((p) => avail.get(p)!.has(s)) && open(s) > 0),
  ]);
  let best: [number, number, number, number] = [0, 0, 0, 0];
  const choice: (string | null)[] = [];
  const better = (x: number[], y: number[]) => {
    for (let i = 0; i < x.length; i += 1) {
      const d = x[i]! - y[i]!;
      if (Math.abs(d) > 1e-9) return d > 0;
    }
    return false;
  };
  const visit = (i: number) => {
    if (i === meetings.length) {
      const busy = new Set<string>();
      const used = new Map<string, number>();
      const count = new Map<string, number>();
      let score = 0;
      let accepted = 0;
      let n = 0;
      for (let k = 0; k < meetings.length; k += 1) {
        const s = choice[k];
        if (!s) continue;
        const m = meetings[k]!;
        for (const p of m.participantIds) {
          if (busy.has(`${p}|${s}`)) return;
          busy.add(`${p}|${s}`);
          count.set(p, (count.get(p) ?? 0) + 1);
        }
        used.set(s, (used.get(s) ?? 0) + 1);
        if (used.get(s)! > open(s)) return;
        score += m.score;
        n += 1;
        if (m.priority === 'accepted') accepted += 1;
      }
      for (const p of participants) if ((count.get(p.id) ?? 0) > (p.maxMeetings ?? Infinity)) return;
      const tuple: [number, number, number, number] = [accepted, n, score, count.size];
      if (better(tuple, best)) best = tuple;
      return;
    }
    for (const s of options[i]!) {
      choice[i] = s;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

/** Small random events: up to 6 participants, 7 meetings, 3 slots, 2 tables, with caps and gaps. */
const smallEvent = fc
  .record({
    slots: fc.integer({ min: 1, max: 3 }),
    tables: fc.integer({ min: 1, max: 2 }),
    participants: fc.integer({ min: 2, max: 6 }),
    meetings: fc.array(
      fc.record({
        a: fc.nat(5),
        b: fc.nat(5),
        score: fc.integer({ min: 0, max: 10 }),
        accepted: fc.boolean(),
      }),
      { maxLength: 7 },
    ),
    absent: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { minLength: 6, maxLength: 6 }),
    caps: fc.array(fc.option(fc.integer({ min: 0, max: 3 })), { minLength: 6, maxLength: 6 }),
    tableOff: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map((r): ScheduleInput => {
    const slots = hourSlots(r.slots);
    const pairs = new Set<string>();
    const meetings: SchedulerMeeting[] = [];
    for (const m of r.meetings) {
      const a = m.a % r.participants;
      let b = m.b % r.participants;
      if (a === b) b = (b + 1) % r.participants;
      meetings.push({
        id: `m${meetings.length}`,
        participantIds: [`p${a}`, `p${b}`],
        score: m.score / 10,
        priority: m.accepted ? 'accepted' : 'suggested',
      });
      pairs.add(`${a}-${b}`);
    }
    return {
      slots,
      tables: Array.from({ length: r.tables }, (_, t) => ({
        id: `t${t}`,
        // Only a few tables go missing: tableOff[t * 3 + s] (slot s of table t).
        unavailableSlotIds: slots
          .filter((_, s) => r.tableOff[t * 3 + s] && (t + s) % 2 === 0)
          .map((s) => s.id),
      })),
      participants: Array.from({ length: r.participants }, (_, p) => ({
        id: `p${p}`,
        availableSlotIds: slots.filter((_, s) => !(r.absent[p]![s] && (p + s) % 3 === 0)).map((s) => s.id),
        maxMeetings: r.caps[p] ?? undefined,
      })),
      meetings,
    };
  });

describe('schedule', () => {
  it('places every meeting when there is room, nobody and no table twice in a slot', async () => {
    const input = event({
      slots: 3,
      tables: 2,
      participants: ['a', 'b', 'c', 'd'],
      meetings: [
        ['a', 'b', 0.5],
        ['a', 'c', 0.6],
        ['a', 'd', 0.7],
        ['b', 'c', 0.4],
        ['b', 'd', 0.3],
        ['c', 'd', 0.2],
      ],
    });
    const result = await valid(input);
    // K4 decomposes into three perfect matchings: every meeting fits in three slots of two tables.
    expect(result.objective.meetings).toBe(6);
    expect(result.unplaced).toEqual([]);
    expect(result.bound).toEqual({ meetings: 6, kind: 'optimal' });
    expect((await valid(input, { solver: 'off' })).bound).toEqual({ meetings: 6, kind: 'degree' });
  });

  it('finds the optimum where first-fit does not', async () => {
    // One table, three slots, a only in s0 and s1. First-fit puts a–b in s0 and c–d in s1, and then a–c
    // finds a busy in s0 and s1's table taken; the optimum puts c–d in s2.
    const input = event({
      slots: 3,
      tables: 1,
      participants: ['a', 'b', 'c', 'd'],
      meetings: [
        ['a', 'b', 0.5],
        ['c', 'd', 0.5],
        ['a', 'c', 0.5],
      ],
    });
    input.participants[0] = { id: 'a', availableSlotIds: ['s0', 's1'] };
    const greedy = greedyFirstFit(input);
    expect(checkSchedule(input, greedy)).toEqual([]);
    expect(greedy.objective.meetings).toBe(2);
    for (const solver of ['auto', 'off'] as const) {
      const result = await valid(input, { solver });
      expect(result.objective.meetings).toBe(3);
    }
  });

  it('matches the brute-force lexicographic optimum on small events and proves it', async () => {
    await fc.assert(
      fc.asyncProperty(smallEvent, async (input) => {
        const result = await valid(input);
        const [accepted, meetings, score, covered] = bruteForce(input);
        expect(result.method === 'exact' || result.objective.meetings === 0).toBe(true);
        expect(result.objective.accepted).toBe(accepted);
        expect(result.objective.meetings).toBe(meetings);
        expect(result.objective.totalScore).toBeCloseTo(score, 6);
        expect(result.objective.participantsWithMeetings).toBe(covered);
      }),
      { numRuns: 60, seed: 1717 },
    );
  });

  it('is always valid, never behind first-fit and never above its bound (model-based, solver on and off)', async () => {
    await fc.assert(
      fc.asyncProperty(smallEvent, fc.boolean(), async (input, solverOff) => {
        const result = await valid(input, { solver: solverOff ? 'off' : 'auto' });
        const greedy = greedyFirstFit(input);
        expect(checkSchedule(input, greedy)).toEqual([]);
        const ours = [result.objective.accepted, result.objective.meetings];
        const theirs = [greedy.objective.accepted, greedy.objective.meetings];
        expect(ours[0]! > theirs[0]! || (ours[0] === theirs[0] && ours[1]! >= theirs[1]!)).toBe(true);
        const optimum = bruteForce(input)[1];
        // The bound is a true upper bound on any schedule's count (the optimum's too).
        expect(result.bound.meetings).toBeGreaterThanOrEqual(optimum);
      }),
      { numRuns: 120, seed: 2026 },
    );
  });

  it('keeps pinned meetings in their slot and table, and refuses a pin that collides', async () => {
    const input = event({
      slots: 2,
      tables: 2,
      participants: ['a', 'b', 'c', 'd'],
      meetings: [
        ['a', 'b', 0.9],
        ['a', 'c', 0.8],
        ['c', 'd', 0.7],
      ],
    });
    const pinned: ScheduleInput = {
      ...input,
      meetings: input.meetings.map((m) =>
        m.id === 'm1'
          ? { ...m, pinned: { slotId: 's1', tableId: 't1' } }
          : m.id === 'm2'
            ? { ...m, pinned: { slotId: 's1' } }
            : m,
      ),
    };
    const result = await valid(pinned);
    expect(result.placed).toContainEqual({ meetingId: 'm1', slotId: 's1', tableId: 't1' });
    // m2 (c–d) is pinned to s1 too, where c already meets a: the later pin is refused.
    expect(reasonOf(result, 'm2')).toEqual({ meetingId: 'm2', reason: 'pin-conflict' });
    expect(result.placed.find((p) => p.meetingId === 'm0')?.slotId).toBe('s0');
  });

  it('respects caps, keeping the better meetings and naming the participant at its cap', async () => {
    const input = event({
      slots: 4,
      tables: 3,
      participants: ['star', 'b', 'c', 'd', 'e'],
      meetings: [
        ['star', 'b', 0.2],
        ['star', 'c', 0.9],
        ['star', 'd', 0.4],
        ['star', 'e', 0.8],
      ],
      caps: { star: 2 },
    });
    const result = await valid(input);
    expect(placedIds(result)).toEqual(['m1', 'm3']);
    expect(reasonOf(result, 'm0')).toEqual({ meetingId: 'm0', reason: 'cap-reached', participantId: 'star' });
  });

  it('places accepted meetings before suggested ones, whatever their scores', async () => {
    const input = event({
      slots: 1,
      tables: 1,
      participants: ['a', 'b', 'c'],
      meetings: [
        ['a', 'b', 0.95, 'suggested'],
        ['a', 'c', 0.1, 'accepted'],
      ],
    });
    const result = await valid(input, { solver: 'off' });
    expect(placedIds(result)).toEqual(['m1']);
    expect(reasonOf(result, 'm0')?.reason).toBe('participant-busy');
  });

  it('breaks equal scores by fairness: nobody left without a meeting if it can be helped', async () => {
    // Two slots of one table: a–b plus a–c leaves d and e with nothing; a–b (or a–c) plus d–e does not.
    const input = event({
      slots: 2,
      tables: 1,
      participants: ['a', 'b', 'c', 'd', 'e'],
      meetings: [
        ['a', 'b', 0.5],
        ['a', 'c', 0.5],
        ['d', 'e', 0.5],
      ],
    });
    expect(greedyFirstFit(input).objective.participantsWithout).toBe(2);
    for (const solver of ['auto', 'off'] as const) {
      const result = await valid(input, { solver });
      expect(result.objective.meetings).toBe(2);
      expect(placedIds(result)).toContain('m2');
      expect(result.objective.participantsWithout).toBe(1);
    }
  });

  it('never uses a table where it is unavailable, and says when no table is', async () => {
    const input = event({
      slots: 2,
      tables: 2,
      participants: ['a', 'b', 'c', 'd', 'e', 'f'],
      meetings: [
        ['a', 'b', 0.5],
        ['c', 'd', 0.5],
        ['e', 'f', 0.5],
      ],
    });
    const withGaps: ScheduleInput = {
      ...input,
      tables: [{ id: 't0', unavailableSlotIds: ['s0'] }, { id: 't1' }],
      participants: input.participants.map((p) => (p.id === 'e' ? { ...p, availableSlotIds: ['s0'] } : p)),
    };
    const result = await valid(withGaps);
    expect(result.placed.filter((p) => p.slotId === 's0').map((p) => p.tableId)).not.toContain('t0');
    expect(result.objective.meetings).toBe(3);
    const noTable: ScheduleInput = {
      ...withGaps,
      tables: [
        { id: 't0', unavailableSlotIds: ['s0'] },
        { id: 't1', unavailableSlotIds: ['s0'] },
      ],
    };
    expect(reasonOf(await valid(noTable), 'm2')).toEqual({ meetingId: 'm2', reason: 'no-table' });
  });

  it('names the static reasons: a participant available in no slot, no common slot', async () => {
    const input = event({
      slots: 2,
      tables: 1,
      participants: ['a', 'b', 'c', 'd'],
      meetings: [
        ['a', 'b', 0.5],
        ['c', 'd', 0.5],
      ],
    });
    input.participants[1] = { id: 'b', availableSlotIds: [] };
    input.participants[2] = { id: 'c', availableSlotIds: ['s0'] };
    input.participants[3] = { id: 'd', availableSlotIds: ['s1'] };
    const result = await valid(input);
    expect(result.unplaced).toEqual([
      { meetingId: 'm0', reason: 'participant-unavailable', participantId: 'b' },
      { meetingId: 'm1', reason: 'no-common-slot' },
    ]);
  });

  it('schedules only in slots, so never in a break', async () => {
    const slots = buildSlots({
      days: [{ date: '2026-05-20', sessions: [{ start: '09:00', end: '12:00' }] }],
      meetingMinutes: 30,
      gapMinutes: 10,
      breaks: [{ start: '10:15', end: '10:45' }],
    });
    expect(slots.map((s) => s.id)).toEqual([
      '2026-05-20T09:00',
      '2026-05-20T09:40',
      '2026-05-20T10:45',
      '2026-05-20T11:25',
    ]);
    expect(slots[0]!.start.toISOString()).toBe('2026-05-20T01:00:00.000Z');
    const breakStart = new Date('2026-05-20T10:15:00+08:00').getTime();
    const breakEnd = new Date('2026-05-20T10:45:00+08:00').getTime();
    for (const s of slots) expect(s.end.getTime() <= breakStart || s.start.getTime() >= breakEnd).toBe(true);
  });

  it('moves few meetings the late changes did not touch, and none when nothing changed', async () => {
    const input = randomEvent({
      participants: 120,
      meetings: 400,
      days: 2,
      slotsPerDay: 4,
      tables: 20,
      cap: 8,
      suggestedShare: 0.2,
      seed: 7,
    });
    const first = await valid(input, { timeLimitMs: 1_500 });
    const again = await valid({ ...input, current: first.placed }, { timeLimitMs: 1_500 });
    expect(again.moved).toBe(0);
    expect(again.objective.meetings).toBe(first.objective.meetings);

    const changed = applyRandomChanges(input, first.placed, 10, 8);
    const rerun = await valid(changed.input, { timeLimitMs: 1_500 });
    const after = new Map(rerun.placed.map((p) => [p.meetingId, p]));
    const untouched = first.placed.filter((p) => !changed.touched.has(p.meetingId));
    const moved = untouched.filter((p) => {
      const now = after.get(p.meetingId);
      return now?.slotId !== p.slotId || now.tableId !== p.tableId;
    });
    expect(moved.length).toBeLessThanOrEqual(Math.floor(untouched.length * 0.05));
  });

  it('refuses malformed input with one field error per problem', async () => {
    const input = event({ slots: 1, tables: 1, participants: ['a', 'b'], meetings: [['a', 'b', 0.5]] });
    const bad: ScheduleInput = {
      ...input,
      participants: [...input.participants, { id: 'a', availableSlotIds: ['nowhere'] }],
      meetings: [
        ...input.meetings,
        { id: 'm1', participantIds: ['a', 'ghost'], score: 1.5, priority: 'accepted' },
      ],
    };
    const error = await schedule(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'meetings[1].participantIds[1]:unknown-participant',
      'meetings[1].score:out-of-range',
      'participants[2].availableSlotIds[0]:unknown-slot',
      'participants[2].id:duplicate',
    ]);
  });
});

describe('checkSchedule', () => {
  it('finds a double booking, a closed table, a false reason and a meeting left out that fits', () => {
    const input = event({
      slots: 2,
      tables: 2,
      participants: ['a', 'b', 'c'],
      meetings: [
        ['a', 'b', 0.5],
        ['a', 'c', 0.5],
        ['b', 'c', 0.5],
      ],
    });
    input.tables[1] = { id: 't1', unavailableSlotIds: ['s1'] };
    const broken: ScheduleResult = {
      placed: [
        { meetingId: 'm0', slotId: 's0', tableId: 't0' },
        { meetingId: 'm1', slotId: 's0', tableId: 't0' },
      ],
      unplaced: [{ meetingId: 'm2', reason: 'no-common-slot' }],
      objective: {
        accepted: 2,
        meetings: 2,
        kept: 0,
        totalScore: 1,
        participantsWithMeetings: 3,
        participantsWithout: 0,
        minPerParticipant: 1,
        maxPerParticipant: 2,
      },
      bound: { meetings: 3, kind: 'degree' },
      moved: 0,
      method: 'heuristic',
      elapsedMs: 0,
    };
    const problems = checkSchedule(input, broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'table t0 double-booked in s0',
        'a in two meetings in s0',
        'meeting m2: reason no-common-slot is not true',
        'unplaced meeting m2 fits in s1',
      ]),
    );
    const closed = checkSchedule(input, {
      ...broken,
      placed: [{ meetingId: 'm0', slotId: 's1', tableId: 't1' }],
    });
    expect(closed).toContain('meeting m0 at table t1, unavailable in s1');
  });
});
