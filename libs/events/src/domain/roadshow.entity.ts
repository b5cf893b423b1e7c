import { Column, Entity, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { BelongsTo } from '#database';
import type { InvestorMark } from '#matching';
import { MatchmakingEvent } from './matchmaking-event.entity.js';
import { EventRegistration } from './registration.entity.js';

/**
 * A row about one project in a roadshow (its pitch, an investor's mark on it): keyed by the event and the
 * project (and more, in the entity), and gone with the event.
 */
abstract class RoadshowPart {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @BelongsTo(() => MatchmakingEvent, 'event_id')
  event: Relation<MatchmakingEvent>;

  @PrimaryColumn({ type: 'uuid' })
  projectId: string;
}

/**
 * One place in a roadshow's programme: a published project an approved participant brought, in pitching
 * order. The organizers replace the whole programme at once, so positions are renumbered 1…n each time.
 */
@Entity('event_roadshow_pitches')
export class RoadshowPitch extends RoadshowPart {
  /** The registration that brought the project: leaving the event takes its pitch with it. */
  @Column({ type: 'uuid' })
  registrationId: string;

  @BelongsTo(() => EventRegistration, 'registration_id')
  registration: Relation<EventRegistration>;

  @Column({ type: 'int' })
  position: number;
}

/**
 * An investor participant's mark on a pitched project: one per project and investor registration, the last
 * mark winning. The same mark is written onto the project ↔ offer match (`matchId`).
 */
@Entity('event_roadshow_marks')
export class RoadshowMark extends RoadshowPart {
  /** The investor's registration. */
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @BelongsTo(() => EventRegistration, 'registration_id')
  registration: Relation<EventRegistration>;

  /** The investor's financing offer the mark pairs the project with. */
  @Column({ type: 'uuid' })
  offerId: string;

  @Column({ type: 'varchar', length: 20 })
  mark: InvestorMark;

  @Column({ type: 'uuid' })
  matchId: string;

  @Column({ type: 'uuid' })
  markedBy: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  markedAt: Date;
}
