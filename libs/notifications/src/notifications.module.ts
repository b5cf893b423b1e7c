import { Module } from '@nestjs/common';
import { SearchModule } from '#search';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';
import { SubscriptionHitNotifier } from './subscriptions/subscription-hit.notifier.js';
import { SubscriptionHitService } from './subscriptions/subscription-hit.service.js';
import { SubscriptionService } from './subscriptions/subscription.service.js';

@Module({
  imports: [SearchModule],
  providers: [
    MailerService,
    EmailDeliveryService,
    NotificationService,
    SubscriptionService,
    SubscriptionHitService,
    SubscriptionHitNotifier,
  ],
  exports: [
    EmailDeliveryService,
    NotificationService,
    SubscriptionService,
    SubscriptionHitService,
    SubscriptionHitNotifier,
  ],
})
export class NotificationsModule {}
