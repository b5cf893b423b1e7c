import { Injectable } from '@nestjs/common';
import {
  NotificationDispatcher,
  type DispatchRecipient,
  type DispatchResult,
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
 * The one place a subscription hit reaches its subscriber, through the dispatcher: in-app, instant or
 * digest email by the subscriber's preferences, and the webhooks of the organization the search was
 * saved for. Every delivery is keyed by the hit, so a retried job tells nobody twice.
 */
@Injectable()
export class SubscriptionHitNotifier {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  deliver(hit: SubscriptionHit, recipient: DispatchRecipient, publicUrl: string): Promise<DispatchResult> {
    const link = postingPath(hit.posting.kind, hit.posting.id);
    const content = {
      subscriptionName: hit.subscriptionName,
      postingKind: hit.posting.kind,
      postingTitle: hit.posting.title,
      excerpt: hit.posting.excerpt,
      link: `${publicUrl}${link}`,
    };
    const email = subscriptionHitEmail(content);
    return this.dispatcher.dispatch({
      eventKey: subscriptionHitKey(hit),
      kind: 'subscription-hit',
      subject: { type: hit.posting.kind, id: hit.posting.id, link },
      recipients: [recipient],
      text: subscriptionHitText(content),
      email: () => email,
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
    });
  }
}
