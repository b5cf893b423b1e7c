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

/** One event for one of its recipients: the unit every delivery step works on. */
interface Addressed {
  event: NotificationEvent;
  recipient: DispatchRecipient;
}

/**
 * Recipients handled per round of statements: bounds each statement's size and how many email claims
 * one crash can leave `unknown`, while a fan-out's page still costs a few round trips, not one per hit.
 */
const RECIPIENTS_PER_ROUND = 100;

/**
 * The one place that turns events into deliveries, by each recipient's preferences for the event's kind:
 * in-app `instant` writes a notification row; email `instant` sends through a claimed delivery row,
 * `digest` queues a digest item, `off` does nothing; the named organizations' webhooks get one delivery
 * each. Every step is keyed by the event (and the user or webhook), so dispatching the same event again
 * (a retried job) delivers nothing twice. Many events go together: each step is one statement for a
 * round of recipients, not one per recipient. A temporary SMTP failure is rethrown for the job to retry
 * once everything else is done; nothing done is redone.
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

  dispatch(event: NotificationEvent): Promise<DispatchResult> {
    return this.dispatchAll([event]);
  }

  async dispatchAll(events: readonly NotificationEvent[]): Promise<DispatchResult> {
    const result: DispatchResult = { inApp: 0, emailed: 0, digested: 0, webhooks: 0 };
    const addressed = uniqueBy(
      events.flatMap((event) => event.recipients.map((recipient) => ({ event, recipient }))),
      ({ event, recipient }) => `${event.eventKey}:${recipient.userId}`,
    );
    let retry: unknown;
    for (let start = 0; start < addressed.length; start += RECIPIENTS_PER_ROUND) {
      try {
        await this.deliverRound(addressed.slice(start, start + RECIPIENTS_PER_ROUND), result);
      } catch (error) {
        retry ??= error;
      }
    }
    result.webhooks = await this.webhooks.enqueueForEvents(
      events.flatMap(({ eventKey, kind, text, webhook }) =>
        webhook
          ? [
              {
                organizationIds: webhook.organizationIds,
                event: {
                  eventKey,
                  eventKind: kind,
                  payload: { ...text, link: webhook.link, facts: webhook.facts },
                },
              },
            ]
          : [],
      ),
    );
    if (retry !== undefined) throw retry;
    return result;
  }

  /** In-app rows, digest items and instant emails of one round, a statement (or a send batch) each. */
  private async deliverRound(round: readonly Addressed[], result: DispatchResult): Promise<void> {
    const modes = await this.modesOf(round);
    const modeOf = (a: Addressed) => modes.get(a.event.kind)!.get(a.recipient.userId)!;
    const inApp = round.filter((a) => modeOf(a).inApp === 'instant');
    const digest = round.filter((a) => modeOf(a).email === 'digest');
    const instant = round.filter((a) => modeOf(a).email === 'instant');
    result.inApp += await this.notifications.recordAll(
      inApp.map(({ event, recipient }) => ({
        userId: recipient.userId,
        kind: event.kind,
        eventKey: event.eventKey,
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        ...event.text,
        link: event.subject.link,
      })),
    );
    result.digested += await this.queueForDigest(digest);
    const outcomes = await this.deliveries.deliverAll(
      instant.map(({ event, recipient }) => ({
        dedupeKey: `${event.eventKey}:${recipient.userId}`,
        template: event.kind,
        to: recipient.email,
        email: withUnsubscribe(event.email(recipient), this.links.for(recipient.userId, event.kind)),
      })),
    );
    result.emailed += outcomes.filter((outcome) => outcome === 'sent').length;
  }

  /** Each kind's preferences of the round's recipients (a round usually holds one kind). */
  private async modesOf(round: readonly Addressed[]) {
    const usersByKind = new Map<NotificationKind, string[]>();
    for (const { event, recipient } of round) {
      const userIds = usersByKind.get(event.kind) ?? [];
      userIds.push(recipient.userId);
      usersByKind.set(event.kind, userIds);
    }
    return new Map(
      await Promise.all(
        [...usersByKind].map(
          async ([kind, userIds]) => [kind, await this.preferences.modesOf(userIds, kind)] as const,
        ),
      ),
    );
  }

  private async queueForDigest(round: readonly Addressed[]): Promise<number> {
    if (round.length === 0) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DigestItem)
      .values(
        round.map(({ event, recipient }) => ({
          userId: recipient.userId,
          kind: event.kind,
          eventKey: event.eventKey,
          titleZh: event.text.title.zh.slice(0, 300),
          titleEn: event.text.title.en.slice(0, 300),
          link: event.subject.link,
        })),
      )
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length;
  }
}

/** The first of the items sharing a key: one event told to one user once, even if listed twice. */
function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
