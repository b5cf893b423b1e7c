import type { ScheduleInput, ScheduleResult } from './types.js';

/**
 * Every way a schedule can be wrong, checked from the input and the result alone (it shares no code with
 * the scheduler, so tests and the benchmark can trust it): each meeting answered once; slots, tables and
 * participants real and available; nobody and no table twice in a slot; caps; pins; each unplaced reason
 * true of this schedule (and no unplaced meeting that would still fit somewhere); the objective, the moves
 * and the bound consistent. Answers the violations found, empty when the schedule is valid.
 */
export function checkSchedule(input: ScheduleInput, result: ScheduleResult): string[] {
  const problems: string[] = [];
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const tables = new Map(input.tables.map((t) => [t.id, new Set(t.unavailableSlotIds ?? [])]));
  const participants = new Map(input.participants.map((p) => [p.id, p]));
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const available = (p: string, slot: string) =>
    participants.get(p)?.availableSlotIds.includes(slot) ?? false;
  const openTables = (slot: string) => [...tables.values()].filter((off) => !off.has(slot)).length;

  const answered = new Map<string, number>();
  for (const id of [...result.placed.map((p) => p.meetingId), ...result.unplaced.map((u) => u.meetingId)]) {
    answered.set(id, (answered.get(id) ?? 0) + 1);
  }
  for (const id of meetings.keys()) {
    if (answered.get(id) !== 1) problems.push(`meeting ${id} answered ${answered.get(id) ?? 0} times`);
  }
  for (const id of answered.keys())
    if (!meetings.has(id)) problems.push(`unknown meeting ${id} in the result`);

  const busy = new Map<string, string>(); // participant|slot → meeting
  const tableUse = new Map<string, string>(); // table|slot → meeting
  const used = new Map<string, number>(); // slot → meetings
  const count = new Map<string, number>();
  for (const placement of result.placed) {
    const meeting = meetings.get(placement.meetingId);
    if (!meeting) continue;
    const { slotId, tableId } = placement;
    if (!slots.has(slotId)) problems.push(`meeting ${meeting.id} in unknown slot ${slotId}`);
    const off = tables.get(tableId);
    if (!off) problems.push(`meeting ${meeting.id} at unknown table ${tableId}`);
    else if (off.has(slotId))
      problems.push(`meeting ${meeting.id} at table ${tableId}, unavailable in ${slotId}`);
    const tableKey = `${tableId}|${slotId}`;
    if (tableUse.has(tableKey)) problems.push(`table ${tableId} double-booked in ${slotId}`);
    tableUse.set(tableKey, meeting.id);
    used.set(slotId, (used.get(slotId) ?? 0) + 1);
    for (const p of meeting.participantIds) {
      if (!available(p, slotId)) problems.push(`meeting ${meeting.id}: ${p} is not available in ${slotId}`);
      const key = `${p}|${slotId}`;
      if (busy.has(key)) problems.push(`${p} in two meetings in ${slotId}`);
      busy.set(key, meeting.id);
      count.set(p, (count.get(p) ?? 0) + 1);
    }
    if (meeting.pinned) {
      const pin = meeting.pinned;
      if (pin.slotId !== slotId || (pin.tableId !== undefined && pin.tableId !== tableId)) {
        problems.push(`pinned meeting ${meeting.id} moved to ${slotId}/${tableId}`);
      }
    }
  }
  const capOf = (p: string) => participants.get(p)?.maxMeetings ?? Infinity;
  for (const [p, n] of count)
    if (n > capOf(p)) problems.push(`${p} has ${n} meetings, over its cap ${capOf(p)}`);

  for (const u of result.unplaced) {
    const meeting = meetings.get(u.meetingId);
    if (!meeting) continue;
    const [a, b] = meeting.participantIds;
    const common = input.slots.filter((s) => available(a, s.id) && available(b, s.id)).map((s) => s.id);
    const withTable = common.filter((s) => openTables(s) > 0);
    const free = withTable.filter((s) => !busy.has(`${a}|${s}`) && !busy.has(`${b}|${s}`));
    const capsLeft = (count.get(a) ?? 0) < capOf(a) && (count.get(b) ?? 0) < capOf(b);
    const claim = (ok: boolean) => {
      if (!ok) problems.push(`meeting ${meeting.id}: reason ${u.reason} is not true`);
    };
    switch (u.reason) {
      case 'pin-conflict':
        claim(meeting.pinned !== undefined);
        break;
      case 'participant-unavailable':
        claim(
          u.participantId !== undefined &&
            meeting.participantIds.includes(u.participantId) &&
            (participants.get(u.participantId)?.availableSlotIds.length ?? 0) === 0,
        );
        break;
      case 'no-common-slot':
        claim(common.length === 0);
        break;
      case 'no-table':
        claim(common.length > 0 && withTable.length === 0);
        break;
      case 'cap-reached':
        claim(u.participantId !== undefined && (count.get(u.participantId) ?? 0) >= capOf(u.participantId));
        break;
      case 'participant-busy':
        claim(withTable.length > 0 && free.length === 0);
        break;
      case 'tables-full':
        claim(free.length > 0 && free.every((s) => (used.get(s) ?? 0) >= openTables(s)));
        break;
    }
    if (!meeting.pinned && capsLeft) {
      const fits = free.find((s) => (used.get(s) ?? 0) < openTables(s));
      if (fits) problems.push(`unplaced meeting ${meeting.id} fits in ${fits}`);
    }
  }

  const placedMeetings = result.placed.flatMap((p) => meetings.get(p.meetingId) ?? []);
  const o = result.objective;
  const expect = (name: string, actual: number, wanted: number) => {
    if (Math.abs(actual - wanted) > 1e-6 * Math.max(1, wanted))
      problems.push(`${name} is ${actual}, not ${wanted}`);
  };
  expect('objective.meetings', o.meetings, placedMeetings.length);
  expect('objective.accepted', o.accepted, placedMeetings.filter((m) => m.priority === 'accepted').length);
  expect(
    'objective.totalScore',
    o.totalScore,
    placedMeetings.reduce((sum, m) => sum + m.score, 0),
  );
  const requested = new Set(input.meetings.flatMap((m) => m.participantIds));
  const perParticipant = [...requested].map((p) => count.get(p) ?? 0);
  expect(
    'objective.participantsWithMeetings',
    o.participantsWithMeetings,
    perParticipant.filter((n) => n > 0).length,
  );
  expect(
    'objective.participantsWithout',
    o.participantsWithout,
    perParticipant.filter((n) => n === 0).length,
  );
  expect(
    'objective.minPerParticipant',
    o.minPerParticipant,
    perParticipant.length ? Math.min(...perParticipant) : 0,
  );
  expect(
    'objective.maxPerParticipant',
    o.maxPerParticipant,
    perParticipant.length ? Math.max(...perParticipant) : 0,
  );

  const now = new Map(result.placed.map((p) => [p.meetingId, p]));
  let kept = 0;
  let moved = 0;
  for (const before of input.current ?? []) {
    if (!meetings.has(before.meetingId) || !slots.has(before.slotId) || !tables.has(before.tableId)) continue;
    const after = now.get(before.meetingId);
    if (after?.slotId === before.slotId) kept += 1;
    if (after?.slotId !== before.slotId || after.tableId !== before.tableId) moved += 1;
  }
  expect('objective.kept', o.kept, kept);
  expect('moved', result.moved, moved);
  if (o.meetings > result.bound.meetings) {
    problems.push(
      `${o.meetings} meetings placed, over the ${result.bound.kind} bound ${result.bound.meetings}`,
    );
  }
  return problems;
}
