import { Column, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import { MatchmakingEvent } from './matchmaking-event.entity.js';

/**
 * A row that belongs to one event and goes with it (`event_id`, deleted with the event). TypeORM copies an
 * abstract parent's columns into each entity's own table, so the tables are what they were when each
 * entity declared these itself (the schema-drift test checks).
 */
export abstract class EventRow {
  @Column({ type: 'uuid' })
  eventId: string;

  @BelongsTo(() => MatchmakingEvent, 'event_id')
  event: Relation<MatchmakingEvent>;
}
