import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AppConfig } from '#core';
import { EmailDeliveryService, type DeliveryOutcome } from '../email/email-delivery.service.js';
import { digestEmail, withUnsubscribe } from '../email/templates.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { UnsubscribeLinks } from '../preferences/unsubscribe-links.js';
import { DigestItem } from './digest-item.entity.js';

/** The day a digest is for, in DIGEST_TIMEZONE: `YYYY-MM-DD`. */
export function digestDate(at: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/**
 * Daily digests: one email per user and day listing the items queued for them since the last one. The
 * email is claimed as `digest:<user>:<date>`, so a retry or a crash never sends two for a day.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: EmailDeliveryService,
    private readonly links: UnsubscribeLinks,
    private readonly preferences: NotificationPreferenceService,
    private readonly config: AppConfig,
  ) {}

  /** Users with at least one item no digest has taken yet. */
  async usersWithPendingItems(): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id AS "userId" FROM digest_items WHERE digest_key IS NULL`,
    );
    return rows.map((row) => row.userId);
  }

  /**
   * Sends the user's digest for `date`: drops pending items of kinds no longer by digest, takes the rest
   * (unless that day's email is already under way — then later items wait for tomorrow), sends one email
   * listing every item the digest took, and marks them sent. Nothing to list: nothing sent.
   */
  async send(recipient: { userId: string; email: string }, date: string): Promise<DeliveryOutcome | 'empty'> {
    const digestKey = `digest:${recipient.userId}:${date}`;
    // Items of kinds the user has since moved off the digest (or unsubscribed from) are not sent.
    await this.dataSource.query(
      `DELETE FROM digest_items WHERE user_id = $1 AND digest_key IS NULL AND NOT (kind = ANY($2::varchar[]))`,
      [recipient.userId, await this.preferences.digestKinds(recipient.userId)],
    );
    await this.dataSource.query(
      `UPDATE digest_items SET digest_key = $2
        WHERE user_id = $1 AND digest_key IS NULL
          AND NOT EXISTS (SELECT 1 FROM email_deliveries WHERE dedupe_key = $2)`,
      [recipient.userId, digestKey],
    );
    const repository = this.dataSource.getRepository(DigestItem);
    const items = await repository.find({ where: { digestKey }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (items.length === 0) return 'empty';
    const email = withUnsubscribe(
      digestEmail({
        entries: items.map((item) => ({
          title: { zh: item.titleZh, en: item.titleEn },
          link: `${this.config.PUBLIC_URL}${item.link}`,
        })),
        link: `${this.config.PUBLIC_URL}/notifications`,
      }),
      this.links.for(recipient.userId, 'digest'),
    );
    const outcome = await this.deliveries.deliver(digestKey, 'digest', recipient.email, email);
    if (outcome !== 'failed-permanently')
      await repository.update({ digestKey, sentAt: IsNull() }, { sentAt: new Date() });
    return outcome;
  }
}
