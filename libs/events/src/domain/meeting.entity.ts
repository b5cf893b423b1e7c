import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BelongsTo, UpdatedRow } from '#database';
import type { UnplacedReason } from '../scheduler/types.js';
import type { MeetingStatus } from './event-terms.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';
import { MeetingRequest } from './meeting-request.entity.js';
import { EventRegistration } from './registration.entity.js';

/**
 * 洽谈: one 1:1 meeting of an event, from an accepted request (or added on the spot). Placed when it has
 * a slot and a table; the seats table keeps anyone from two meetings in one slot and the unique index
 * here keeps a table from two, both in the database itself.
 */
@Entity('event_meetings')
@Index('event_meetings_table_slot', ['eventId', 'slotId', 'tableId'], {
  unique: true,
  where: "slot_id IS NOT NULL AND status = 'scheduled'",
})
@Index('event_meetings_request_key', ['requestId'], { unique: true, where: 'request_id IS NOT NULL' })
@Check('event_meetings_not_self', 'registration_a_id <> registration_b_id')
@Check('event_meetings_placed_whole', '(slot_id IS NULL) = (table_id IS NULL)')
export class EventMeeting extends UpdatedRow {
  @Column({ type: 'uuid' })
  eventId: string;

  @BelongsTo(() => MatchmakingEvent, 'event_id')
  event: Relation<MatchmakingEvent>;

  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @BelongsTo(() => MeetingRequest, 'request_id', 'SET NULL')
  request: Relation<MeetingRequest> | null;

  @Column({ type: 'uuid', name: 'registration_a_id' })
  registrationAId: string;

  @BelongsTo(() => EventRegistration, 'registration_a_id')
  registrationA: Relation<EventRegistration>;

  @Column({ type: 'uuid', name: 'registration_b_id' })
  registrationBId: string;

  @BelongsTo(() => EventRegistration, 'registration_b_id')
  registrationB: Relation<EventRegistration>;

  @Column({ type: 'numeric', precision: 6, scale: 4, default: 0 })
  score: string;

  /** A slot id of the event's plan (`YYYY-MM-DDTHH:mm`); null while unplaced. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  slotId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  tableId: string | null;

  /** Placed by hand: the scheduler keeps it where it is. */
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** The scheduler's reason when it could not place the meeting (a stored code of `UnplacedReason`). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  unplacedReason: UnplacedReason | null;

  @Column({ type: 'uuid', nullable: true })
  unplacedRegistrationId: string | null;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  status: MeetingStatus;

  /** The calendar entry's SEQUENCE: raised on each move or cancellation after the agenda went out. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;
}
