import { Column, Entity, Index } from 'typeorm';
import { UpdatedRow } from '#database';
import type { RenderedEmail } from './templates.js';

/**
 * `sending` until an SMTP server accepts it (`sent`) or refuses it for good (`failed`); `unknown` when an
 * attempt started and never came back (a crash mid-conversation): it may or may not have arrived, and
 * it is never sent again (docs/RELIABILITY.md).
 */
export const DELIVERY_STATUSES = ['sending', 'sent', 'failed', 'unknown'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One email we mean to send, claimed by its unique `dedupeKey` before the SMTP conversation starts.
 * A retried or duplicated job finds the row already `sent` (or claimed by an attempt in flight) and
 * sends nothing.
 */
@Entity('email_deliveries')
export class EmailDelivery extends UpdatedRow {
  /** e.g. `invitation:<id>`: what makes two jobs the same email. */
  @Index('email_deliveries_dedupe_key_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 10, default: 'sending' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  messageId: string | null;

  /** When the attempt now talking to SMTP began; null between attempts. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /**
   * What to send, kept with the claim: a released claim (a temporary failure) whose job then finished
   * through another attempt of it is sent by the reconciler from here. Null on rows older than this.
   */
  @Column({ type: 'jsonb', nullable: true })
  content: RenderedEmail | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
