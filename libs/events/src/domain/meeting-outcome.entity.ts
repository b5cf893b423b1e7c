import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingOutcome } from './event-terms.js';
import { MeetingPart } from './meeting-part.js';

/**
 * What one side of a meeting says became of it; each side records its own, and may change it. A deal is
 * then recorded in the deals context with the meeting as its source.
 */
@Entity('event_meeting_outcomes')
@Index('event_meeting_outcomes_event', ['eventId', 'outcome'])
// The Beijing day reporting_facts counts the row on (migrations/…-ReportingDaily.ts, issue 18).
@Index('event_meeting_outcomes_recorded_day', { synchronize: false })
export class EventMeetingOutcome extends MeetingPart {
  /** The side that recorded it. */
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: MeetingOutcome;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
