import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EventRow } from './event-row.js';

/** `day-ahead`: a participant's agenda of the next event day; `meeting-soon`: one meeting, shortly before. */
export const REMINDER_KINDS = ['day-ahead', 'meeting-soon'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A reminder queued: the row is written with its outbox event in one statement, and its key (stored data:
 * `meeting-soon:<meeting>:<start ms>`, `day-ahead:<registration>:<date>`) is unique, so a sweep run twice,
 * or by two workers, queues it once. A moved meeting has a new start, so a new key: the reminder of its
 * old time finds the meeting elsewhere and sends nothing.
 */
@Entity('event_reminders')
@Index('event_reminders_event', ['eventId'])
export class EventReminder extends EventRow {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ReminderKind;

  /** The meeting of a `meeting-soon`, the registration of a `day-ahead`. */
  @Column({ type: 'uuid' })
  subjectId: string;

  /** When the meeting, or the day's first meeting, starts as the sweep saw it. */
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  queuedAt: Date;
}
