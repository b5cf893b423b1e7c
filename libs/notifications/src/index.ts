export { DigestItem } from './digest/digest-item.entity.js';
export { digestDate, DigestService } from './digest/digest.service.js';
export { DigestScheduler } from './digest/digest-scheduler.js';
export { DeliveryRecovery, type DeliveryRecoveryReport } from './delivery-recovery.js';
export {
  NotificationDispatcher,
  type DispatchRecipient,
  type DispatchResult,
  type NotificationEvent,
  type NotificationText,
} from './dispatch/notification-dispatcher.js';
export { notified, type NotifyJobResult } from './dispatch/notify-result.js';
export { EmailDelivery } from './email/email-delivery.entity.js';
export { sendOnce, type EmailJobResult } from './email/send-once.js';
export {
  EmailDeliveryService,
  isPermanentSmtpFailure,
  type DeliveryOutcome,
} from './email/email-delivery.service.js';
export {
  digestEmail,
  invitationEmail,
  noticeEmail,
  noticeTemplate,
  passwordResetEmail,
  emailVerificationEmail,
  postingKindNames,
  registrationAttemptEmail,
  renderEmail,
  subscriptionHitEmail,
  subscriptionHitText,
  type RenderedEmail,
  type SubscriptionHitContent,
} from './email/templates.js';
export * from './in-app/notification.dto.js';
export { Notification } from './in-app/notification.entity.js';
export { NotificationService, type NewNotification } from './in-app/notification.service.js';
export { postingPath } from './in-app/posting-links.js';
export * from './notification-kinds.js';
export { NotificationsModule } from './notifications.module.js';
export * from './preferences/notification-preference.dto.js';
export { NotificationPreference } from './preferences/notification-preference.entity.js';
export { NotificationPreferenceService } from './preferences/notification-preference.service.js';
export { unsubscribeToken, type UnsubscribeScope } from './preferences/unsubscribe-token.js';
export * from './webhooks/webhook.dto.js';
export { WebhookDelivery, WEBHOOK_DELIVERY_STATUSES } from './webhooks/webhook-delivery.entity.js';
export {
  WebhookDeliverer,
  type AttemptPlan,
  type WebhookAttemptOutcome,
} from './webhooks/webhook-deliverer.service.js';
export type { WebhookPayload } from './webhooks/webhook-formats.js';
export { WebhookService, type WebhookEvent } from './webhooks/webhook.service.js';
export {
  Webhook,
  WEBHOOK_EVENT_KINDS,
  WEBHOOK_FORMATS,
  type WebhookEventKind,
  type WebhookFormat,
} from './webhooks/webhook.entity.js';
export * from './subscriptions/subscription.dto.js';
export { Subscription, type SubscriptionFilters } from './subscriptions/subscription.entity.js';
export { SubscriptionHitService, type SubscriptionHit } from './subscriptions/subscription-hit.service.js';
export { subscriptionHitKey, SubscriptionHitNotifier } from './subscriptions/subscription-hit.notifier.js';
export { MAX_SUBSCRIPTIONS_PER_USER, SubscriptionService } from './subscriptions/subscription.service.js';
export { notificationsContext } from './notifications.context.js';
export { NotificationsConfig } from './notifications.config.js';
