import { Injectable } from '@nestjs/common';
import {
  NotificationDispatcher,
  type DispatchRecipient,
  type DispatchResult,
  type NotificationEvent,
} from '../dispatch/notification-dispatcher.js';
import { subscriptionHitEmail, subscriptionHitText } from '../email/templates.js';
import { postingPath } from '../in-app/posting-links.js';
import type { SubscriptionHit } from './subscription-hit.service.js';

/**
 * Stored data (notification, delivery and webhook keys): never change its shape without a migration
 * plan. The ids go without their dashes so the key, with the user id the dispatcher adds for emails,
 * fits the 80 characters event keys may take.
 */
export const subscriptionHitKey = (hit: Pick<SubscriptionHit, 'subscriptionId' | 'posting'>) =>
  `subscription:${hit.subscriptionId.replaceAll('-', '')}:${hit.posting.id.replaceAll('-', '')}`;

/**
 * The one place subscription hits reach their subscribers, through the dispatcher: in-app, instant or
 * digest email by each subscriber's preferences, and the webhooks of the organization each search was
 * saved for. A page of hits is dispatched together (one statement per step, not per hit); every
 * delivery is keyed by its hit, so a retried job tells nobody twice.
 */
@Injectable()
export class SubscriptionHitNotifier {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  /** `subscribers` by user id; a hit whose subscriber is missing (no longer active) tells nobody. */
  deliver(
    hits: readonly SubscriptionHit[],
    subscribers: ReadonlyMap<string, DispatchRecipient>,
    publicUrl: string,
  ): Promise<DispatchResult> {
    return this.dispatcher.dispatchAll(
      hits.flatMap((hit) => {
        const subscriber = subscribers.get(hit.userId);
        return subscriber ? [this.eventOf(hit, subscriber, publicUrl)] : [];
      }),
    );
  }

  private eventOf(hit: SubscriptionHit, subscriber: DispatchRecipient, publicUrl: string): NotificationEvent {
    const link = postingPath(hit.posting.kind, hit.posting.id);
    const content = {
      subscriptionName: hit.subscriptionName,
      postingKind: hit.posting.kind,
      postingTitle: hit.posting.title,
      excerpt: hit.posting.excerpt,
      link: `${publicUrl}${link}`,
    };
    return {
      eventKey: subscriptionHitKey(hit),
      kind: 'subscription-hit',
      subject: { type: hit.posting.kind, id: hit.posting.id, link },
      recipients: [subscriber],
      text: subscriptionHitText(content),
      email: () => subscriptionHitEmail(content),
      webhook: hit.organizationId
        ? {
            organizationIds: [hit.organizationId],
            link: content.link,
            facts: {
              subscriptionId: hit.subscriptionId,
              postingKind: hit.posting.kind,
              postingId: hit.posting.id,
            },
          }
        : undefined,
    };
  }
}
