import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';

@Module({
  providers: [MailerService, EmailDeliveryService, NotificationService],
  exports: [EmailDeliveryService, NotificationService],
})
export class NotificationsModule {}
