import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '#core';
import { QueueName } from '#queue';
import { DigestService } from './digest/digest.service.js';
import { NotificationDispatcher } from './dispatch/notification-dispatcher.js';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';
import { UnsubscribeLinks } from './preferences/unsubscribe-links.js';
import { WebhookAgents } from './webhooks/webhook-address-filter.js';
import { WebhookDeliverer } from './webhooks/webhook-deliverer.service.js';
import { WebhookService } from './webhooks/webhook.service.js';

@Module({
  // Webhook deliveries are enqueued directly (job id = delivery id), by the api (tests, retries) and the worker.
  imports: [BullModule.registerQueue({ name: QueueName.Webhooks })],
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
  ],
  exports: [
    EmailDeliveryService,
    NotificationService,
    NotificationPreferenceService,
    NotificationDispatcher,
    DigestService,
    WebhookService,
    WebhookDeliverer,
  ],
})
export class NotificationsModule {}
