import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EmailMode, InAppMode, NotificationChannel, NotificationKind } from '../notification-kinds.js';

/**
 * One user's choice for one kind of event on one channel. Only choices a user made are stored: a missing
 * row means the default (DEFAULT_MODES), so a default changed later reaches everyone who never chose.
 */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  channel: NotificationChannel;

  /** `instant`, `digest` (email only) or `off`. */
  @Column({ type: 'varchar', length: 10 })
  mode: InAppMode | EmailMode;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
