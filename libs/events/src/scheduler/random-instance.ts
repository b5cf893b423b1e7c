import { type Random, seededRandom } from './random.js';
import { buildSlots } from './slots.js';
import type {
  Placement,
  ScheduleInput,
  SchedulerMeeting,
  SchedulerParticipant,
  SchedulerTable,
} from './types.js';

/**
 * Seeded random events for the benchmark and the tests: realistic skew (a tenth of the participants are
 * popular — investors, large enterprises — and are asked six times as often), partial availability (some
 * come one day only or leave early), a per-participant cap and a few tables out of use in some slots.
 */
export interface RandomEventShape {
  participants: number;
  meetings: number;
  days: number;
  slotsPerDay: number;
  tables: number;
  cap: number;
  /** Share of meetings that are suggested pairs rather than accepted requests. */
  suggestedShare?: number;
  seed: number;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export function randomEvent(shape: RandomEventShape): ScheduleInput {
  const random = seededRandom(shape.seed);
  const half = Math.ceil(shape.slotsPerDay / 2);
  const span = (from: number, n: number) => ({
    start: `${String(Math.floor(from / 60)).padStart(2, '0')}:${String(from % 60).padStart(2, '0')}`,
    end: `${String(Math.floor((from + n * 30) / 60)).padStart(2, '0')}:${String((from + n * 30) % 60).padStart(2, '0')}`,
  });
  const slots = buildSlots({
    days: Array.from({ length: shape.days }, (_, d) => ({
      date: `2026-05-${String(20 + d).padStart(2, '0')}`,
      sessions: [span(9 * 60, half), span(14 * 60, shape.slotsPerDay - half)],
    })),
    meetingMinutes: 30,
  });
  const slotIds = slots.map((s) => s.id);
  const dayOf = (id: string) => id.slice(0, 10);
  const days = [...new Set(slotIds.map(dayOf))];

  const participants: SchedulerParticipant[] = Array.from({ length: shape.participants }, (_, i) => {
    const roll = random();
    let available = slotIds;
    if (roll < 0.2 && days.length > 1) {
      const day = pick(random, days);
      available = slotIds.filter((s) => dayOf(s) === day);
    } else if (roll < 0.3) {
      available = slotIds.slice(0, slotIds.length - 1 - Math.floor(random() * 4));
    }
    return { id: `p${i}`, availableSlotIds: available, maxMeetings: shape.cap };
  });
  const weights = participants.map((_, i) => (i % 10 === 0 ? 6 : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const draw = () => {
    let r = random() * total;
    for (let i = 0; i < weights.length; i += 1) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  const pairs = new Set<string>();
  const meetings: SchedulerMeeting[] = [];
  while (meetings.length < shape.meetings) {
    const a = draw();
    const b = draw();
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({
      id: `m${meetings.length}`,
      participantIds: [`p${a}`, `p${b}`],
      score: Math.round((0.3 + 0.65 * random() ** 1.5) * 100) / 100,
      priority: random() < (shape.suggestedShare ?? 0) ? 'suggested' : 'accepted',
    });
  }
  const tables: SchedulerTable[] = Array.from({ length: shape.tables }, (_, t) => ({
    id: `t${String(t + 1).padStart(2, '0')}`,
    // The last few tables are cleared for a side event in the last slots of each day.
    unavailableSlotIds:
      t >= shape.tables - 4 ? days.flatMap((d) => slotIds.filter((s) => dayOf(s) === d).slice(-2)) : [],
  }));
  return { slots, tables, participants, meetings };
}

/**
 * Twenty-odd late changes to an event whose schedule is `current`: cancelled meetings, new accepted
 * requests, a participant leaving one slot, a table taken out of one slot. Answers the changed input (with
 * `current` set) and the meetings the changes touched: new ones, cancelled ones and every meeting of a
 * participant or at a table-slot a change named. The others should stay where they are.
 */
export function applyRandomChanges(
  input: ScheduleInput,
  current: readonly Placement[],
  changes: number,
  seed: number,
): { input: ScheduleInput; touched: Set<string> } {
  const random = seededRandom(seed);
  const meetings = [...input.meetings];
  const participants = input.participants.map((p) => ({ ...p, availableSlotIds: [...p.availableSlotIds] }));
  const tables = input.tables.map((t) => ({ ...t, unavailableSlotIds: [...(t.unavailableSlotIds ?? [])] }));
  const touchedParticipants = new Set<string>();
  const touched = new Set<string>();
  for (let i = 0; i < changes; i += 1) {
    const kind = i % 4;
    if (kind === 0) {
      const [gone] = meetings.splice(Math.floor(random() * meetings.length), 1);
      touched.add(gone!.id);
    } else if (kind === 1) {
      const a = pick(random, participants).id;
      const b = pick(random, participants).id;
      if (a === b) continue;
      const id = `late${i}`;
      meetings.push({ id, participantIds: [a, b], score: 0.8, priority: 'accepted' });
      touched.add(id);
      touchedParticipants.add(a).add(b);
    } else if (kind === 2) {
      const placement = pick(random, current);
      const meeting = meetings.find((m) => m.id === placement.meetingId);
      if (!meeting) continue;
      const p = participants.find((x) => x.id === meeting.participantIds[0])!;
      p.availableSlotIds = p.availableSlotIds.filter((s) => s !== placement.slotId);
      touchedParticipants.add(p.id);
    } else {
      const placement = pick(random, current);
      tables.find((t) => t.id === placement.tableId)!.unavailableSlotIds.push(placement.slotId);
      touched.add(placement.meetingId);
    }
  }
  for (const m of meetings) {
    if (m.participantIds.some((p) => touchedParticipants.has(p))) touched.add(m.id);
  }
  return { input: { ...input, meetings, participants, tables, current }, touched };
}
