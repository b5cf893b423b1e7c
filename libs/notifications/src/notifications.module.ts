import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';

@Module({ providers: [MailerService, EmailDeliveryService], exports: [EmailDeliveryService] })
export class NotificationsModule {}
