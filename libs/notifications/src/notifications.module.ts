import { Module } from '@nestjs/common';
import { DigestService } from './digest/digest.service.js';
import { NotificationDispatcher } from './dispatch/notification-dispatcher.js';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { MailerService } from './email/mailer.service.js';
import { NotificationService } from './in-app/notification.service.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';
import { UnsubscribeLinks } from './preferences/unsubscribe-links.js';

@Module({
  providers: [
    MailerService,
    EmailDeliveryService,
    NotificationService,
    NotificationPreferenceService,
    UnsubscribeLinks,
    NotificationDispatcher,
    DigestService,
  ],
  exports: [
    EmailDeliveryService,
    NotificationService,
    NotificationPreferenceService,
    NotificationDispatcher,
    DigestService,
  ],
})
export class NotificationsModule {}
