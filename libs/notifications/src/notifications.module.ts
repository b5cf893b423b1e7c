import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '#queue';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';
import { WebhookDeliverer } from './webhooks/webhook-deliverer.service.js';
import { WebhookService } from './webhooks/webhook.service.js';

@Module({
  // Webhook deliveries are enqueued directly (job id = delivery id), by the api (tests, retries) and the worker.
  imports: [BullModule.registerQueue({ name: QueueName.Webhooks })],
  providers: [MailerService, EmailDeliveryService, NotificationService, WebhookService, WebhookDeliverer],
  exports: [EmailDeliveryService, NotificationService, WebhookService, WebhookDeliverer],
})
export class NotificationsModule {}
