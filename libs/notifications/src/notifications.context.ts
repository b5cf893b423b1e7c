import type { BoundedContext } from '#core';
import { DigestItem } from './digest/digest-item.entity.js';
import { EmailDelivery } from './email/email-delivery.entity.js';
import { Notification } from './in-app/notification.entity.js';
import { NotificationPreference } from './preferences/notification-preference.entity.js';
import { NotificationsModule } from './notifications.module.js';
import { Subscription } from './subscriptions/subscription.entity.js';
import { Webhook as WebhookEntity } from './webhooks/webhook.entity.js';
import { WebhookDelivery as WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';

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
};
