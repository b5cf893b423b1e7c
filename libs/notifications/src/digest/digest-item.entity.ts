import { Column, Entity, Index, Unique } from 'typeorm';
import { UserNoticeRow } from '../notice-row.js';

/**
 * An event a user chose to hear about by daily digest, waiting for (or listed in) that digest.
 * `(user_id, event_key)` is unique, so a retried job queues nothing twice. A digest first claims the
 * pending rows with its key, so a retried digest lists exactly the same items.
 */
@Entity('digest_items')
@Unique('digest_items_user_event', ['userId', 'eventKey'])
@Index('digest_items_pending', ['userId'], { where: 'digest_key IS NULL' })
export class DigestItem extends UserNoticeRow {
  @Column({ type: 'varchar', length: 300 })
  titleZh: string;

  @Column({ type: 'varchar', length: 300 })
  titleEn: string;

  /** A path of the web app, made absolute when the digest is rendered. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  /** `digest:<user>:<date>` once a digest took the item: also that email's delivery dedupe key. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  digestKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
