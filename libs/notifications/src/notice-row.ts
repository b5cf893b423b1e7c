import { Column } from 'typeorm';
import { CreatedRow } from '#database';
import type { NotificationKind } from './notification-kinds.js';

/**
 * What every notice stored for a user has: whom it is for, its kind, and the dispatcher's event key
 * (e.g. `match-found:<match id>:<version>`), part of each table's unique key so that a retried job
 * stores nothing twice.
 */
export abstract class UserNoticeRow extends CreatedRow {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 120 })
  eventKey: string;
}
