import { PrimaryColumn, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import { EventMeeting } from './meeting.entity.js';

/**
 * A row that belongs to one side of a meeting (its seat, its outcome): keyed by the meeting (and the
 * side, in the entity), and gone with the meeting.
 */
export abstract class MeetingPart {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @BelongsTo(() => EventMeeting, 'meeting_id')
  meeting: Relation<EventMeeting>;
}
