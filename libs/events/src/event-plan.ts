import type { FieldError } from '#core';
import type { CreateEventDto, EventTableDto } from './dto/event.dto.js';
import { buildSlots, type SlotPlan } from './scheduler/slots.js';
import type { SchedulerSlot } from './scheduler/types.js';

/** The slot plan an organizer's form describes. */
export function planOf(input: CreateEventDto): SlotPlan {
  return {
    days: input.days.map((day) => ({ date: day.date, sessions: day.sessions })),
    meetingMinutes: input.meetingMinutes,
    gapMinutes: input.gapMinutes ?? 0,
    breaks: input.breaks ?? [],
  };
}

/** The plan's slots, or the field errors that keep it from having any. */
export function planErrors(plan: SlotPlan): { slots: SchedulerSlot[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const dates = plan.days.map((day) => day.date);
  if (new Set(dates).size !== dates.length) errors.push({ field: 'days', code: 'duplicate-day' });
  plan.days.forEach((day, i) =>
    day.sessions.forEach((session, j) => {
      if (session.start >= session.end)
        errors.push({ field: `days.${i}.sessions.${j}.end`, code: 'end-before-start' });
    }),
  );
  (plan.breaks ?? []).forEach((pause, i) => {
    if (pause.start >= pause.end) errors.push({ field: `breaks.${i}.end`, code: 'end-before-start' });
  });
  if (errors.length > 0) return { slots: [], errors };
  const slots = buildSlots(plan);
  if (slots.length === 0) errors.push({ field: 'meetingMinutes', code: 'no-slot-fits' });
  return { slots, errors };
}

export function tableErrors(tables: readonly EventTableDto[], field = 'tables'): FieldError[] {
  const ids = tables.map((table) => table.id);
  return new Set(ids).size === ids.length ? [] : [{ field, code: 'duplicate-table' }];
}
