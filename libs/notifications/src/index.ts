export { EmailDelivery } from './email/email-delivery.entity.js';
export {
  EmailDeliveryService,
  isPermanentSmtpFailure,
  type DeliveryOutcome,
} from './email/email-delivery.service.js';
export {
  expertClaimEmail,
  invitationEmail,
  matchFoundEmail,
  matchFoundText,
  passwordResetEmail,
  subscriptionHitEmail,
  subscriptionHitText,
  type MatchFoundContent,
  type RenderedEmail,
  type SubscriptionHitContent,
} from './email/templates.js';
export * from './in-app/notification.dto.js';
export { Notification, NOTIFICATION_KINDS, type NotificationKind } from './in-app/notification.entity.js';
export { NotificationService, type NewNotification } from './in-app/notification.service.js';
export { postingPath } from './in-app/posting-links.js';
export { NotificationsModule } from './notifications.module.js';
export * from './subscriptions/subscription.dto.js';
export { Subscription, type SubscriptionFilters } from './subscriptions/subscription.entity.js';
export { SubscriptionHitService, type SubscriptionHit } from './subscriptions/subscription-hit.service.js';
export { subscriptionHitKey, SubscriptionHitNotifier } from './subscriptions/subscription-hit.notifier.js';
export { MAX_SUBSCRIPTIONS_PER_USER, SubscriptionService } from './subscriptions/subscription.service.js';

import { EmailDelivery } from './email/email-delivery.entity.js';
import { Notification } from './in-app/notification.entity.js';
import { Subscription } from './subscriptions/subscription.entity.js';
export const notificationEntities = [EmailDelivery, Notification, Subscription];
