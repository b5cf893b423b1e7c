import { Column, CreateDateColumn, Entity, PrimaryColumn, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import type { CheckInMethod } from './event-terms.js';
import { EventRegistration } from './registration.entity.js';

/**
 * A participant's arrival, by its QR code or by hand: once per registration and event day, so each day
 * of a two-day event has its own arrivals (the day is `attendanceDay` of the check-in).
 */
@Entity('event_check_ins')
export class EventCheckIn {
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  /** The event day (`YYYY-MM-DD`, the venue's calendar) the arrival counts for. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @BelongsTo(() => EventRegistration, 'registration_id')
  registration: Relation<EventRegistration>;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 4 })
  method: CheckInMethod;

  @Column({ type: 'uuid' })
  checkedInBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  checkedInAt: Date;
}
