import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '#core';
import { QueueName } from '#queue';
import { SearchModule } from '#search';
import { DigestService } from './digest/digest.service.js';
import { NotificationDispatcher } from './dispatch/notification-dispatcher.js';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';
import { UnsubscribeLinks } from './preferences/unsubscribe-links.js';
import { SubscriptionHitNotifier } from './subscriptions/subscription-hit.notifier.js';
import { SubscriptionHitService } from './subscriptions/subscription-hit.service.js';
import { SubscriptionService } from './subscriptions/subscription.service.js';
import { WebhookAgents } from './webhooks/webhook-address-filter.js';
import { WebhookDeliverer } from './webhooks/webhook-deliverer.service.js';
import { WebhookService } from './webhooks/webhook.service.js';

@Module({
  imports: [
    SearchModule,
    // Webhook deliveries are enqueued directly (job id = delivery id), by the api (tests, retries) and the worker.
    BullModule.registerQueue({ name: QueueName.Webhooks }),
  ],
  providers: [
    MailerService,
    EmailDeliveryService,
    NotificationService,
    NotificationPreferenceService,
    UnsubscribeLinks,
    NotificationDispatcher,
    DigestService,
    {
      provide: WebhookAgents,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new WebhookAgents(config.webhookAllowPrivateAddresses),
    },
    WebhookService,
    WebhookDeliverer,
    SubscriptionService,
    SubscriptionHitService,
    SubscriptionHitNotifier,
  ],
  exports: [
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
  ],
})
export class NotificationsModule {}
