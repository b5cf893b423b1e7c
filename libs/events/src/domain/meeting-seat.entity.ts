import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventMeeting } from './meeting.entity.js';

/**
 * A participant's seat in a placed meeting: two per placed meeting, written with its placement. The
 * unique key is what makes double booking impossible whatever the code above it does.
 */
@Entity('event_meeting_seats')
@Index('event_meeting_seats_participant_slot', ['eventId', 'registrationId', 'slotId'], { unique: true })
export class MeetingSeat {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => EventMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<EventMeeting>;

  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 16 })
  slotId: string;
}
