import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language } from '#core';
import { DigestItem } from '../digest/digest-item.entity.js';
import { EmailDeliveryService } from '../email/email-delivery.service.js';
import { withUnsubscribe, type RenderedEmail } from '../email/templates.js';
import { NotificationService } from '../in-app/notification.service.js';
import type { NotificationKind } from '../notification-kinds.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { UnsubscribeLinks } from '../preferences/unsubscribe-links.js';
import { WebhookService } from '../webhooks/webhook.service.js';

/** Someone to tell. `language` is theirs when known; without it, emails stay bilingual. */
export interface DispatchRecipient {
  userId: string;
  email: string;
  language?: Language;
}

/** Title and body in both languages: the reader's language is known only when they read. */
export interface NotificationText {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
}

/** "Tell these users about this event", as every notifying job puts it. */
export interface NotificationEvent {
  /**
   * What happened, the same on every retry and unique per occurrence, at most 80 characters:
   * `match-found:<match id>:<version>`. It keys the in-app row, the email claim and the digest item.
   */
  eventKey: string;
  kind: NotificationKind;
  /** What it is about, and the web app path that shows it (`/demands/<id>`). */
  subject: { type: string; id: string; link: string };
  recipients: readonly DispatchRecipient[];
  /** The in-app notification, and (its title) the digest's line. */
  text: NotificationText;
  /** The instant email to one recipient; the dispatcher adds the unsubscribe link and headers. */
  email: (recipient: DispatchRecipient) => RenderedEmail;
  /**
   * The organizations whose webhooks hear of it (those that want this kind), with an absolute link and
   * the ids and figures a program needs; the text is the in-app text.
   */
  webhook?: { organizationIds: readonly string[]; link: string; facts: Record<string, string | number> };
}

export interface DispatchResult {
  /** In-app rows written now (not those a previous attempt wrote). */
  inApp: number;
  /** Instant emails sent now. */
  emailed: number;
  /** Digest items queued now. */
  digested: number;
  /** Webhook deliveries created now. */
  webhooks: number;
}

/**
 * The one place that turns an event into deliveries, by each recipient's preferences for its kind:
 * in-app `instant` writes a notification row; email `instant` sends through a claimed delivery row,
 * `digest` queues a digest item, `off` does nothing; the named organizations' webhooks get one delivery
 * each. Every step is keyed by the event (and the user or webhook), so dispatching the same event again
 * (a retried job) delivers nothing twice. A temporary SMTP failure is
 * rethrown for the job to retry; what was done before it is not redone.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferenceService,
    private readonly notifications: NotificationService,
    private readonly deliveries: EmailDeliveryService,
    private readonly links: UnsubscribeLinks,
    private readonly webhooks: WebhookService,
  ) {}

  async dispatch(event: NotificationEvent): Promise<DispatchResult> {
    const result: DispatchResult = { inApp: 0, emailed: 0, digested: 0, webhooks: 0 };
    const modes = await this.preferences.modesOf(
      event.recipients.map((r) => r.userId),
      event.kind,
    );
    for (const recipient of event.recipients) {
      const { inApp, email } = modes.get(recipient.userId)!;
      if (inApp === 'instant' && (await this.recordInApp(event, recipient.userId))) result.inApp += 1;
      if (email === 'instant' && (await this.sendEmail(event, recipient)) === 'sent') result.emailed += 1;
      if (email === 'digest' && (await this.queueForDigest(event, recipient.userId))) result.digested += 1;
    }
    if (event.webhook) {
      const { organizationIds, link, facts } = event.webhook;
      result.webhooks = await this.webhooks.enqueueForOrganizations(organizationIds, {
        eventKey: event.eventKey,
        eventKind: event.kind,
        payload: { ...event.text, link, facts },
      });
    }
    return result;
  }

  private recordInApp(event: NotificationEvent, userId: string): Promise<boolean> {
    return this.notifications.record({
      userId,
      kind: event.kind,
      eventKey: event.eventKey,
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      ...event.text,
      link: event.subject.link,
    });
  }

  private sendEmail(event: NotificationEvent, recipient: DispatchRecipient) {
    const email = withUnsubscribe(event.email(recipient), this.links.for(recipient.userId, event.kind));
    return this.deliveries.deliver(
      `${event.eventKey}:${recipient.userId}`,
      event.kind,
      recipient.email,
      email,
    );
  }

  private async queueForDigest(event: NotificationEvent, userId: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DigestItem)
      .values({
        userId,
        kind: event.kind,
        eventKey: event.eventKey,
        titleZh: event.text.title.zh.slice(0, 300),
        titleEn: event.text.title.en.slice(0, 300),
        link: event.subject.link,
      })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
