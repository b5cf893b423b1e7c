import { Check, Column, Entity, Index } from 'typeorm';
import { AuthoredRow, OrganizationKey } from '#database';
import type { SlotPlan } from '../scheduler/slots.js';
import type {
  EventFormat,
  EventKind,
  EventStatus,
  EventTable,
  PairingRule,
  RequestMode,
  SchedulingMode,
} from './event-terms.js';

/**
 * 对接会 / 路演: an organizer organization's event. Its days, sessions, breaks and meeting length are one
 * slot plan (the scheduler's `buildSlots` cuts it into slots whose ids meetings keep), its tables or
 * rooms a list with stable ids. Co-organizers manage it as the organizer does. The organizer is
 * referenced by entity name (`@ForeignKey('Organization')`), so this lib never loads identity's class.
 */
@Entity('matchmaking_events')
@Index('matchmaking_events_organizer', ['organizerOrganizationId', 'createdAt'])
@Index('matchmaking_events_status', ['status', 'registrationDeadline'])
@Check('matchmaking_events_cap_positive', 'max_meetings_per_participant > 0')
@Check('matchmaking_events_capacity_positive', 'capacity IS NULL OR capacity > 0')
export class MatchmakingEvent extends AuthoredRow {
  @OrganizationKey()
  organizerOrganizationId: string;

  /** Organizations the organizer added to run the event with it (科协 with a 生产力促进中心, …). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  coOrganizerIds: string[];

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 5000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 12 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 8 })
  format: EventFormat;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  venueAddress: string | null;

  /** GB/T 2260 code of where the event takes place (online: the organizer's region). */
  @Column({ type: 'char', length: 6 })
  regionCode: string;

  /** Technology fields the event is about (taxonomy codes), for finding it; empty: any field. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  techFields: string[];

  /** Days, sessions, breaks and meeting length: the scheduler's slot plan. */
  @Column({ type: 'jsonb' })
  plan: SlotPlan;

  @Column({ type: 'jsonb' })
  tables: EventTable[];

  /** Which posting kinds may meet which (unordered pairs); empty means any pair the marketplace matches. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  pairingRules: PairingRule[];

  @Column({ type: 'integer' })
  maxMeetingsPerParticipant: number;

  @Column({ type: 'timestamptz' })
  registrationDeadline: Date;

  /** Most registrations (pending or approved) at once; null means no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'boolean', default: true })
  approvalRequired: boolean;

  @Column({ type: 'varchar', length: 12 })
  requestMode: RequestMode;

  @Column({ type: 'varchar', length: 16 })
  schedulingMode: SchedulingMode;

  /** Hours an unanswered request waits before it expires and frees the requester's capacity. */
  @Column({ type: 'integer', default: 72 })
  requestExpiryHours: number;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: EventStatus;

  /** How many times the agenda was published; each publication is one outbox event and one email each. */
  @Column({ type: 'integer', default: 0 })
  agendaVersion: number;

  @Column({ type: 'timestamptz', nullable: true })
  agendaPublishedAt: Date | null;
}
