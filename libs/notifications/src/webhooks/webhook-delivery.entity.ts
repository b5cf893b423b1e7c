import { Column, Entity, Index, Unique, type Relation } from 'typeorm';
import { BelongsTo, UpdatedRow } from '#database';
import type { WebhookPayload } from './webhook-formats.js';
import { Webhook } from './webhook.entity.js';

/** Stored data: never rename a value without a migration. */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one webhook, unique per `(webhook, event_key)`: a retried job that enqueues the same event
 * again inserts nothing. `data` is what the event says (public titles, scores, links — never confidential
 * text); the body is rendered from it when sent, and the last one sent is kept for the delivery log.
 */
@Entity('webhook_deliveries')
@Unique('webhook_deliveries_webhook_event', ['webhookId', 'eventKey'])
@Index('webhook_deliveries_webhook_created', ['webhookId', 'createdAt', 'id'])
export class WebhookDelivery extends UpdatedRow {
  @Column({ type: 'uuid' })
  webhookId: string;

  @BelongsTo(() => Webhook, 'webhook_id')
  webhook: Relation<Webhook>;

  /** e.g. `match-found:<match id>:<version>`, or `ping:<uuid>` for a test. */
  @Column({ type: 'varchar', length: 160 })
  eventKey: string;

  /** A WebhookEventKind, or `ping`. */
  @Column({ type: 'varchar', length: 30 })
  eventKind: string;

  @Column({ type: 'jsonb' })
  data: WebhookPayload;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  /** The JSON body of the last attempt, as sent. */
  @Column({ type: 'text', nullable: true })
  requestBody: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
