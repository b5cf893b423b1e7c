import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EventRow } from './event-row.js';

/**
 * An organizer's invitation to register for its event, sent to an email address (an organization's
 * contact, who may have no account yet). One per event and address: inviting an address again sends
 * nothing more. The email itself goes out through the outbox (`event-invitation.created`).
 */
@Entity('event_invitations')
@Index('event_invitations_event_email', ['eventId', 'email'], { unique: true })
export class EventInvitation extends EventRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased, as accounts store it. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** The organizer's words to the invitee, shown above the link. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  message: string;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
