import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { QueueName } from '#queue';
import { SearchModule } from '#search';
import { DeliveryRecovery } from './delivery-recovery.js';
import { DigestScheduler } from './digest/digest-scheduler.js';
import { DigestService } from './digest/digest.service.js';
import { NotificationDispatcher } from './dispatch/notification-dispatcher.js';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationsConfig } from './notifications.config.js';
import { NotificationService } from './in-app/notification.service.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';
import { UnsubscribeLinks } from './preferences/unsubscribe-links.js';
import { SubscriptionFanOut } from './subscriptions/subscription-fan-out.service.js';
import { SubscriptionHitNotifier } from './subscriptions/subscription-hit.notifier.js';
import { SubscriptionHitService } from './subscriptions/subscription-hit.service.js';
import { SubscriptionService } from './subscriptions/subscription.service.js';
import { WebhookAgents } from './webhooks/webhook-address-filter.js';
import { WebhookDeliverer } from './webhooks/webhook-deliverer.service.js';
import { WebhookService } from './webhooks/webhook.service.js';

/** What the other contexts, the api and the worker use of notifications. */
const EXPORTED = [
  EmailDeliveryService,
  NotificationService,
  NotificationPreferenceService,
  NotificationDispatcher,
  DigestService,
  WebhookService,
  WebhookDeliverer,
  SubscriptionService,
  SubscriptionHitService,
  SubscriptionHitNotifier,
  SubscriptionFanOut,
  DigestScheduler,
  DeliveryRecovery,
];

@Module({
  imports: [
    IdentityModule,
    SearchModule,
    // Webhook deliveries are enqueued directly (job id = delivery id), by the api (tests, retries) and the worker.
    BullModule.registerQueue({ name: QueueName.Webhooks }),
    // Pages of subscription hits are children of their percolation job, in its queue.
    BullModule.registerQueue({ name: QueueName.Subscriptions }),
    // The day's digest jobs.
    BullModule.registerQueue({ name: QueueName.Notifications }),
  ],
  providers: [
    ...EXPORTED,
    MailerService,
    UnsubscribeLinks,
    {
      provide: WebhookAgents,
      inject: [NotificationsConfig],
      useFactory: (config: NotificationsConfig) => new WebhookAgents(config.webhookAllowPrivateAddresses),
    },
  ],
  exports: EXPORTED,
})
export class NotificationsModule {}
