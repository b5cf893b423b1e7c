import { Injectable } from '@nestjs/common';
import type { DeliveryOutcome } from '../email/email-delivery.service.js';
import { EmailDeliveryService } from '../email/email-delivery.service.js';
import { subscriptionHitEmail, subscriptionHitText } from '../email/templates.js';
import { NotificationService } from '../in-app/notification.service.js';
import { postingPath } from '../in-app/posting-links.js';
import type { SubscriptionHit } from './subscription-hit.service.js';

/** Stored data (notification and delivery keys): never change its shape without a migration plan. */
export const subscriptionHitKey = (hit: Pick<SubscriptionHit, 'subscriptionId' | 'posting'>) =>
  `subscription-hit:${hit.subscriptionId}:${hit.posting.kind}:${hit.posting.id}`;

/**
 * The one place a subscription hit reaches its subscriber: an in-app row (unique per event, user and
 * channel) and an email (claimed delivery row), so a retried job tells nobody twice. Integration seam:
 * this is the call a preference-aware NotificationDispatcher takes over.
 */
@Injectable()
export class SubscriptionHitNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly deliveries: EmailDeliveryService,
  ) {}

  async deliver(
    hit: SubscriptionHit,
    recipient: { email: string },
    publicUrl: string,
  ): Promise<{ inApp: boolean; email: DeliveryOutcome }> {
    const eventKey = subscriptionHitKey(hit);
    const link = postingPath(hit.posting.kind, hit.posting.id);
    const content = {
      subscriptionName: hit.subscriptionName,
      postingKind: hit.posting.kind,
      postingTitle: hit.posting.title,
      excerpt: hit.posting.excerpt,
      link: `${publicUrl}${link}`,
    };
    const inApp = await this.notifications.record({
      userId: hit.userId,
      kind: 'subscription-hit',
      eventKey,
      subjectType: hit.posting.kind,
      subjectId: hit.posting.id,
      ...subscriptionHitText(content),
      link,
    });
    const email = await this.deliveries.deliver(
      eventKey,
      'subscription-hit',
      recipient.email,
      subscriptionHitEmail(content),
    );
    return { inApp, email };
  }
}
