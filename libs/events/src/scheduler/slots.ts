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
  const offset = plan.utcOffset ?? '+08:00';
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
