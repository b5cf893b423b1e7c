import { Column, Entity, Index } from 'typeorm';
import { AuthoredRow, OrganizationKey } from '#database';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds.js';

/** Stored data: never rename a value without a migration. */
export const WEBHOOK_FORMATS = ['generic', 'wecom', 'dingtalk', 'feishu'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** The events a webhook may ask for: every kind of notification. Stored data, and `X-Duijie-Event` values. */
export const WEBHOOK_EVENT_KINDS = NOTIFICATION_KINDS;
export type WebhookEventKind = NotificationKind;

/**
 * An organization's endpoint for event notifications. The secret signs every request (or the robot's own
 * signature), so it is kept readable, unlike a password; the API shows it once, on create and on rotate.
 */
@Entity('webhooks')
export class Webhook extends AuthoredRow {
  @Index()
  @OrganizationKey()
  organizationId: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 100 })
  secret: string;

  /** The group robot's own signing secret (DingTalk 加签, Feishu 签名校验), given by the organization. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  robotSecret: string | null;

  @Column({ type: 'varchar', length: 20, default: 'generic' })
  format: WebhookFormat;

  @Column({ type: 'varchar', array: true, length: 30 })
  events: WebhookEventKind[];

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
