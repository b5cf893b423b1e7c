import { Column, Entity, Index, type Relation, Unique } from 'typeorm';
import { AuthoredRow, OrganizationKey, BelongsTo } from '#database';
import type { PostingRef, RegistrationStatus } from './event-terms.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';

/** A person an organization sends to the event. */
export interface Attendee {
  name: string;
  title?: string;
}

/**
 * An organization's registration for an event: the published postings it brings (what suggestions and
 * requests pair), who comes, when it is there and its 对接需求 note. One per organization and event.
 */
@Entity('event_registrations')
@Unique('event_registrations_organization', ['eventId', 'organizationId'])
@Index('event_registrations_organization_id', ['organizationId'])
export class EventRegistration extends AuthoredRow {
  @Column({ type: 'uuid' })
  eventId: string;

  @BelongsTo(() => MatchmakingEvent, 'event_id')
  event: Relation<MatchmakingEvent>;

  @OrganizationKey()
  organizationId: string;

  @Column({ type: 'jsonb' })
  postings: PostingRef[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attendees: Attendee[];

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  /** Slot ids it is present for; null: the whole event. */
  @Column({ type: 'text', array: true, nullable: true })
  availableSlotIds: string[] | null;

  @Column({ type: 'varchar', length: 10 })
  status: RegistrationStatus;

  /** The secret in the registration's check-in QR code (base64url, 32 random bytes). */
  @Index('event_registrations_check_in_token_key', { unique: true })
  @Column({ type: 'varchar', length: 43 })
  checkInToken: string;
}
