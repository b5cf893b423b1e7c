import { Column, Entity, Index, Unique } from 'typeorm';
import { UserNoticeRow } from '../notice-row.js';

/**
 * One in-app notification for one user. Rendered in both languages when written, so reading needs no
 * access to the rows it is about (which may change or go after the fact). `(event_key, user_id, channel)`
 * is unique: a retried job inserts nothing the second time.
 */
@Entity('notifications')
@Unique('notifications_event_user_channel', ['eventKey', 'userId', 'channel'])
@Index('notifications_user_created', ['userId', 'createdAt', 'id'])
@Index('notifications_user_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification extends UserNoticeRow {
  /** Only `in-app` is stored here; email has its own delivery rows. Part of the unique key for later channels. */
  @Column({ type: 'varchar', length: 20, default: 'in-app' })
  channel: 'in-app';

  @Column({ type: 'varchar', length: 30 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 300 })
  titleZh: string;

  @Column({ type: 'varchar', length: 300 })
  titleEn: string;

  @Column({ type: 'varchar', length: 1000 })
  bodyZh: string;

  @Column({ type: 'varchar', length: 1000 })
  bodyEn: string;

  /** A path of the web app (`/demands/<id>`), so it works behind any PUBLIC_URL. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
