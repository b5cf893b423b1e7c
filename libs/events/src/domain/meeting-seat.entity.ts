import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MeetingPart } from './meeting-part.js';

/**
 * A participant's seat in a placed meeting: two per placed meeting, written with its placement. The
 * unique key is what makes double booking impossible whatever the code above it does.
 */
@Entity('event_meeting_seats')
@Index('event_meeting_seats_participant_slot', ['eventId', 'registrationId', 'slotId'], { unique: true })
export class MeetingSeat extends MeetingPart {
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 16 })
  slotId: string;
}
