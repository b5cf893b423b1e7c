import type { SchedulerSlot } from './types.js';

/** A span of local time within a day, `HH:mm`. */
export interface LocalSpan {
  start: string;
  end: string;
}

export interface SlotPlan {
  /** Each day of the event (`YYYY-MM-DD`, local) and its sessions. */
  days: readonly { date: string; sessions: readonly LocalSpan[] }[];
  /** Minutes per meeting. */
  meetingMinutes: number;
  /** Minutes between two meetings (changing tables); default 0. */
  gapMinutes?: number;
  /** Breaks: no slot overlaps one. Without `date` a break applies to every day. */
  breaks?: readonly (LocalSpan & { date?: string })[];
  /** The venue's offset from UTC; default `+08:00` (China Standard Time, no daylight saving). */
  utcOffset?: string;
}

const MINUTE = 60_000;
const DEFAULT_UTC_OFFSET = '+08:00';

/** The calendar day (`YYYY-MM-DD`) an instant falls on at the venue. */
export function venueDay(plan: SlotPlan, at: Date): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(plan.utcOffset ?? DEFAULT_UTC_OFFSET);
  if (!match) throw new RangeError(`not a UTC offset: ${plan.utcOffset}`);
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return new Date(at.getTime() + minutes * MINUTE).toISOString().slice(0, 10);
}

/**
 * The event day an arrival at `at` counts for: that day when the event runs on it; else the next day it
 * runs (报到 the evening before, or the day before the second day); after the event, its last day (an
 * arrival staff record late). A check-in and the live board both read days this way, so a participant
 * checked in on the first day of a two-day event is not taken as present on the second.
 */
export function attendanceDay(plan: SlotPlan, at: Date): string {
  const today = venueDay(plan, at);
  const days = plan.days.map((d) => d.date).sort();
  return days.find((day) => day >= today) ?? days.at(-1) ?? today;
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not a HH:mm time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The bookable slots of an event: each session cut into meetings of `meetingMinutes` (plus the gap),
 * skipping breaks — a slot that would overlap a break starts again at the break's end — and never running
 * past the session's end. Slot ids are `YYYY-MM-DDTHH:mm` (local), stable across runs of the same plan.
 */
export function buildSlots(plan: SlotPlan): SchedulerSlot[] {
  const offset = plan.utcOffset ?? DEFAULT_UTC_OFFSET;
  const step = plan.meetingMinutes + (plan.gapMinutes ?? 0);
  if (!(plan.meetingMinutes > 0)) throw new RangeError('meetingMinutes must be positive');
  const slots: SchedulerSlot[] = [];
  for (const day of plan.days) {
    const breaks = (plan.breaks ?? [])
      .filter((b) => b.date === undefined || b.date === day.date)
      .map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }));
    for (const session of day.sessions) {
      const end = minutesOf(session.end);
      let t = minutesOf(session.start);
      while (t + plan.meetingMinutes <= end) {
        const clash = breaks.find((b) => t < b.end && t + plan.meetingMinutes > b.start);
        if (clash) {
          t = clash.end;
          continue;
        }
        const hhmm = `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
        const start = new Date(`${day.date}T${hhmm}:00${offset}`);
        slots.push({
          id: `${day.date}T${hhmm}`,
          start,
          end: new Date(start.getTime() + plan.meetingMinutes * MINUTE),
        });
        t += step;
      }
    }
  }
  return slots;
}
