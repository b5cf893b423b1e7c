import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { CreatedRow, BelongsTo } from '#database';
import type { PostingKind } from '#core';
import type { RequestStatus } from './event-terms.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';
import { EventRegistration } from './registration.entity.js';

/**
 * One participant asks another for a meeting, from one of its postings to one of the other's. At most
 * one open (pending or accepted) request per ordered pair of registrations, in the database itself.
 */
@Entity('event_meeting_requests')
@Index('event_meeting_requests_open_pair', ['eventId', 'fromRegistrationId', 'toRegistrationId'], {
  unique: true,
  where: "status IN ('pending', 'accepted')",
})
@Index('event_meeting_requests_to', ['toRegistrationId', 'status'])
// A demand's first contact and an expert's meetings, as the reporting views look them up (…-ReportingMeasureRows.ts).
@Index('event_meeting_requests_from_posting', ['fromPostingKind', 'fromPostingId'])
@Index('event_meeting_requests_to_posting', ['toPostingKind', 'toPostingId'])
@Check('event_meeting_requests_not_self', 'from_registration_id <> to_registration_id')
export class MeetingRequest extends CreatedRow {
  @Column({ type: 'uuid' })
  eventId: string;

  @BelongsTo(() => MatchmakingEvent, 'event_id')
  event: Relation<MatchmakingEvent>;

  @Column({ type: 'uuid' })
  fromRegistrationId: string;

  @BelongsTo(() => EventRegistration, 'from_registration_id')
  fromRegistration: Relation<EventRegistration>;

  @Column({ type: 'uuid' })
  toRegistrationId: string;

  @BelongsTo(() => EventRegistration, 'to_registration_id')
  toRegistration: Relation<EventRegistration>;

  @Column({ type: 'varchar', length: 20 })
  fromPostingKind: PostingKind;

  @Column({ type: 'uuid' })
  fromPostingId: string;

  @Column({ type: 'varchar', length: 20 })
  toPostingKind: PostingKind;

  @Column({ type: 'uuid' })
  toPostingId: string;

  /** The marketplace's stored match between the two postings, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  /** The match's score when the request was sent (0 without a match): the scheduler's weight. */
  @Column({ type: 'numeric', precision: 6, scale: 4, default: 0 })
  score: string;

  /** The thread between the two organizations the request opened (one per match). */
  @Column({ type: 'uuid', nullable: true })
  conversationId: string | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message: string;

  @Column({ type: 'varchar', length: 10 })
  status: RequestStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid' })
  createdBy: string;
}
