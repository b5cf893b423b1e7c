import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { NotificationsConfig } from './notifications.config.js';
import { DigestItem } from './digest/digest-item.entity.js';
import { EmailDelivery } from './email/email-delivery.entity.js';
import { NotificationPreferencesController } from './http/notification-preferences.controller.js';
import { NotificationsController } from './http/notifications.controller.js';
import { SubscriptionsController } from './http/subscriptions.controller.js';
import { UnsubscribeController } from './http/unsubscribe.controller.js';
import { WebhooksController } from './http/webhooks.controller.js';
import { Notification } from './in-app/notification.entity.js';
import { NotificationPreference } from './preferences/notification-preference.entity.js';
import { NotificationsModule } from './notifications.module.js';
import { Subscription } from './subscriptions/subscription.entity.js';
import { Webhook as WebhookEntity } from './webhooks/webhook.entity.js';
import { WebhookDelivery as WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
import { SubscriptionsProcessor } from './jobs/subscriptions.processor.js';
import { WebhooksProcessor } from './jobs/webhooks.processor.js';
import { AccountEmailHandlers } from './jobs/account-email.handlers.js';
import { DigestHandlers } from './jobs/digest.handlers.js';
import { RecoveryHandler } from './jobs/recovery.handler.js';

/** The notifications context as the api, the worker and the data source see it. */
export const notificationsContext: BoundedContext = {
  name: 'notifications',
  module: NotificationsModule,
  entities: [
    EmailDelivery,
    Notification,
    NotificationPreference,
    DigestItem,
    Subscription,
    WebhookEntity,
    WebhookDeliveryEntity,
  ],
  controllers: [
    NotificationsController,
    NotificationPreferencesController,
    UnsubscribeController,
    WebhooksController,
    SubscriptionsController,
  ],
  processors: [WebhooksProcessor, SubscriptionsProcessor],
  jobHandlers: [AccountEmailHandlers, DigestHandlers, RecoveryHandler],
  routes: {
    [EventType.InvitationCreated]: [JobName.SendInvitationEmail],
    [EventType.PasswordResetRequested]: [JobName.SendPasswordResetEmail],
    [EventType.EmailVerificationRequested]: [JobName.SendEmailVerification],
    [EventType.RegistrationAttempted]: [JobName.SendRegistrationAttemptEmail],
    [EventType.DemandPublished]: [JobName.MatchSubscriptions],
    [EventType.PostingPublished]: [JobName.MatchSubscriptions],
  } satisfies EventRoutes,
  config: NotificationsConfig,
};
