import { type FieldError, ValidationError } from '#core';
import type { ScheduleInput, UnplacedReason } from './types.js';

/** No cap: more than any participant can have (one meeting per slot). */
const UNCAPPED = 1 << 30;

/** A meeting as the algorithms see it: participant and slot indices. */
export interface CompiledMeeting {
  index: number;
  id: string;
  a: number;
  b: number;
  accepted: boolean;
  score: number;
  /** Slots it may take, chronological: common availability with a usable table (only the pin's, if pinned). */
  candidates: number[];
  /** Pinned slot and table (-1: any table), or undefined. */
  pin?: { slot: number; table: number };
  /** Why it can never be placed, whatever else is scheduled (null: it may be). */
  staticReason: { reason: UnplacedReason; participant?: number } | null;
}

/**
 * The input checked and turned into dense indices, so the algorithms work on typed arrays.
 * Slots are sorted by start time; `capacity[s]` is the number of tables usable in slot `s`.
 */
export interface Instance {
  input: ScheduleInput;
  slotIds: string[];
  tableIds: string[];
  participantIds: string[];
  /** `tableOpen[s * tableCount + t]`: table t usable in slot s. */
  tableOpen: Uint8Array;
  capacity: Int32Array;
  /** `available[p * slotCount + s]`. */
  available: Uint8Array;
  cap: Int32Array;
  /** How many meetings mention each participant (its degree in the request graph). */
  degree: Int32Array;
  meetings: CompiledMeeting[];
  /** Per meeting: its slot and table in `current`, or -1. */
  currentSlot: Int32Array;
  currentTable: Int32Array;
}

function indexIds(ids: readonly string[], field: string, errors: FieldError[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) errors.push({ field: `${field}[${i}].id`, code: 'duplicate' });
    else map.set(id, i);
  });
  return map;
}

/**
 * Checks the input's structure and compiles it. Malformed input (duplicate or unknown ids, overlapping
 * slots, a meeting with oneself, a score outside 0–1) is a bug of the caller and throws a ValidationError
 * with one field error per problem; an impossible pin is not an error but an unplaced meeting.
 */
export function compileInstance(input: ScheduleInput): Instance {
  const errors: FieldError[] = [];
  const slots = [...input.slots]
    .map((slot, i) => ({ slot, i }))
    .sort((x, y) => x.slot.start.getTime() - y.slot.start.getTime() || x.i - y.i);
  slots.forEach(({ slot, i }, k) => {
    if (!(slot.end.getTime() > slot.start.getTime()))
      errors.push({ field: `slots[${i}].end`, code: 'before-start' });
    const next = slots[k + 1];
    if (next && next.slot.start.getTime() < slot.end.getTime()) {
      errors.push({ field: `slots[${next.i}].start`, code: 'overlaps' });
    }
  });
  const slotIds = slots.map(({ slot }) => slot.id);
  const slotIndex = indexIds(slotIds, 'slots', errors);
  const tableIds = input.tables.map((t) => t.id);
  const tableIndex = indexIds(tableIds, 'tables', errors);
  const participantIds = input.participants.map((p) => p.id);
  const participantIndex = indexIds(participantIds, 'participants', errors);
  indexIds(
    input.meetings.map((m) => m.id),
    'meetings',
    errors,
  );

  const S = slotIds.length;
  const T = tableIds.length;
  const P = participantIds.length;
  const tableOpen = new Uint8Array(S * T).fill(1);
  input.tables.forEach((table, t) => {
    (table.unavailableSlotIds ?? []).forEach((slotId, k) => {
      const s = slotIndex.get(slotId);
      if (s === undefined)
        errors.push({ field: `tables[${t}].unavailableSlotIds[${k}]`, code: 'unknown-slot' });
      else tableOpen[s * T + t] = 0;
    });
  });
  const capacity = new Int32Array(S);
  for (let s = 0; s < S; s += 1) for (let t = 0; t < T; t += 1) capacity[s]! += tableOpen[s * T + t]!;

  const available = new Uint8Array(P * S);
  const cap = new Int32Array(P);
  input.participants.forEach((participant, p) => {
    participant.availableSlotIds.forEach((slotId, k) => {
      const s = slotIndex.get(slotId);
      if (s === undefined)
        errors.push({ field: `participants[${p}].availableSlotIds[${k}]`, code: 'unknown-slot' });
      else available[p * S + s] = 1;
    });
    const max = participant.maxMeetings;
    if (max !== undefined && !(Number.isInteger(max) && max >= 0)) {
      errors.push({ field: `participants[${p}].maxMeetings`, code: 'not-a-count' });
    }
    cap[p] = max === undefined ? UNCAPPED : Math.max(0, Math.floor(max));
  });

  const degree = new Int32Array(P);
  const meetings: CompiledMeeting[] = input.meetings.map((meeting, index) => {
    const [idA, idB] = meeting.participantIds;
    const a = participantIndex.get(idA) ?? -1;
    const b = participantIndex.get(idB) ?? -1;
    if (a < 0) errors.push({ field: `meetings[${index}].participantIds[0]`, code: 'unknown-participant' });
    if (b < 0) errors.push({ field: `meetings[${index}].participantIds[1]`, code: 'unknown-participant' });
    if (a >= 0 && a === b)
      errors.push({ field: `meetings[${index}].participantIds`, code: 'same-participant' });
    if (!(meeting.score >= 0 && meeting.score <= 1))
      errors.push({ field: `meetings[${index}].score`, code: 'out-of-range' });
    let pin: CompiledMeeting['pin'];
    if (meeting.pinned) {
      const slot = slotIndex.get(meeting.pinned.slotId);
      const table =
        meeting.pinned.tableId === undefined ? -1 : (tableIndex.get(meeting.pinned.tableId) ?? -2);
      if (slot === undefined)
        errors.push({ field: `meetings[${index}].pinned.slotId`, code: 'unknown-slot' });
      if (table === -2) errors.push({ field: `meetings[${index}].pinned.tableId`, code: 'unknown-table' });
      if (slot !== undefined && table !== -2) pin = { slot, table };
    }
    return {
      index,
      id: meeting.id,
      a,
      b,
      accepted: meeting.priority === 'accepted',
      score: meeting.score,
      candidates: [],
      pin,
      staticReason: null,
    };
  });
  if (errors.length > 0) throw new ValidationError(errors);

  for (const m of meetings) {
    degree[m.a]! += 1;
    degree[m.b]! += 1;
    m.staticReason = placeability(m, { S, T, available, tableOpen, capacity });
    if (m.staticReason) continue;
    if (m.pin) {
      m.candidates = [m.pin.slot];
      continue;
    }
    for (let s = 0; s < S; s += 1) {
      if (available[m.a * S + s] && available[m.b * S + s] && capacity[s]! > 0) m.candidates.push(s);
    }
  }

  const currentSlot = new Int32Array(meetings.length).fill(-1);
  const currentTable = new Int32Array(meetings.length).fill(-1);
  const meetingIndex = new Map(meetings.map((m) => [m.id, m.index]));
  for (const placement of input.current ?? []) {
    const m = meetingIndex.get(placement.meetingId);
    const s = slotIndex.get(placement.slotId);
    const t = tableIndex.get(placement.tableId);
    if (m === undefined || s === undefined || t === undefined) continue;
    currentSlot[m] = s;
    currentTable[m] = t;
  }

  return {
    input,
    slotIds,
    tableIds,
    participantIds,
    tableOpen,
    capacity,
    available,
    cap,
    degree,
    meetings,
    currentSlot,
    currentTable,
  };
}

/** The reason a meeting can never be placed, from availability, tables and its pin alone. */
function placeability(
  m: CompiledMeeting,
  ctx: { S: number; T: number; available: Uint8Array; tableOpen: Uint8Array; capacity: Int32Array },
): CompiledMeeting['staticReason'] {
  const { S, T, available, tableOpen, capacity } = ctx;
  if (m.pin) {
    const { slot, table } = m.pin;
    const ok =
      available[m.a * S + slot] === 1 &&
      available[m.b * S + slot] === 1 &&
      (table >= 0 ? tableOpen[slot * T + table] === 1 : capacity[slot]! > 0);
    return ok ? null : { reason: 'pin-conflict' };
  }
  for (const p of [m.a, m.b]) {
    if (!available.subarray(p * S, p * S + S).includes(1))
      return { reason: 'participant-unavailable', participant: p };
  }
  let common = false;
  for (let s = 0; s < S; s += 1) {
    if (available[m.a * S + s] && available[m.b * S + s]) {
      common = true;
      if (capacity[s]! > 0) return null;
    }
  }
  return { reason: common ? 'no-table' : 'no-common-slot' };
}
