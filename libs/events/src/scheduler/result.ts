import type { Assignment } from './assignment.js';
import { assignTables } from './tables.js';
import type {
  Placement,
  ScheduleBound,
  ScheduleObjective,
  ScheduleResult,
  UnplacedMeeting,
  UnplacedReason,
} from './types.js';

/**
 * Why meeting m is not placed in this schedule: its static reason, a refused pin, a full cap, or what
 * blocks each slot both participants share. The checker verifies every reason against the schedule.
 */
function diagnose(
  state: Assignment,
  m: number,
  refusedPins: Set<number>,
): Omit<UnplacedMeeting, 'meetingId'> {
  const { instance } = state;
  const meeting = instance.meetings[m]!;
  const named = (reason: UnplacedReason, p?: number) =>
    p === undefined ? { reason } : { reason, participantId: instance.participantIds[p]! };
  if (meeting.staticReason) return named(meeting.staticReason.reason, meeting.staticReason.participant);
  if (refusedPins.has(m) || meeting.pin) return named('pin-conflict');
  for (const p of [meeting.a, meeting.b]) {
    if (state.count[p]! >= instance.cap[p]!) return named('cap-reached', p);
  }
  const bothFree = meeting.candidates.some(
    (s) => state.meetingOf(meeting.a, s) === -1 && state.meetingOf(meeting.b, s) === -1,
  );
  return named(bothFree ? 'tables-full' : 'participant-busy');
}

/** The objective of a finished schedule, in the public shape. */
function objectiveOf(state: Assignment): ScheduleObjective {
  const { instance } = state;
  let min = Infinity;
  let max = 0;
  let withMeetings = 0;
  let without = 0;
  instance.degree.forEach((degree, p) => {
    if (degree === 0) return;
    const n = state.count[p]!;
    min = Math.min(min, n);
    max = Math.max(max, n);
    if (n > 0) withMeetings += 1;
    else without += 1;
  });
  return {
    accepted: state.accepted,
    meetings: state.placed,
    kept: state.kept,
    totalScore: Math.round(state.score * 1e6) / 1e6,
    participantsWithMeetings: withMeetings,
    participantsWithout: without,
    minPerParticipant: min === Infinity ? 0 : min,
    maxPerParticipant: max,
  };
}

/** Turns a finished slot assignment into the public result: tables, reasons, objective, moves. */
export function buildResult(
  state: Assignment,
  refusedPins: Set<number>,
  extra: { bound: ScheduleBound; method: ScheduleResult['method']; started: number },
): ScheduleResult {
  const { instance } = state;
  const tableOf = assignTables(state);
  const placed: Placement[] = [];
  const unplaced: UnplacedMeeting[] = [];
  let moved = 0;
  for (const meeting of instance.meetings) {
    const m = meeting.index;
    const s = state.slotOf[m]!;
    if (s >= 0) {
      placed.push({
        meetingId: meeting.id,
        slotId: instance.slotIds[s]!,
        tableId: instance.tableIds[tableOf[m]!]!,
      });
    } else {
      unplaced.push({ meetingId: meeting.id, ...diagnose(state, m, refusedPins) });
    }
    if (
      instance.currentSlot[m]! >= 0 &&
      (instance.currentSlot[m] !== s || instance.currentTable[m] !== tableOf[m])
    ) {
      moved += 1;
    }
  }
  const slotRank = new Map(instance.slotIds.map((id, i) => [id, i]));
  placed.sort(
    (x, y) =>
      slotRank.get(x.slotId)! - slotRank.get(y.slotId)! ||
      (x.tableId < y.tableId ? -1 : x.tableId > y.tableId ? 1 : 0),
  );
  return {
    placed,
    unplaced,
    objective: objectiveOf(state),
    bound: extra.bound,
    moved,
    method: extra.method,
    elapsedMs: Math.round(performance.now() - extra.started),
  };
}
