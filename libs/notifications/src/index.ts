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
  messageReceivedEmail,
  messageReceivedText,
  passwordResetEmail,
  type MatchFoundContent,
  type MessageReceivedContent,
  type RenderedEmail,
} from './email/templates.js';
export * from './in-app/notification.dto.js';
export { Notification, NOTIFICATION_KINDS, type NotificationKind } from './in-app/notification.entity.js';
export { NotificationService, type NewNotification } from './in-app/notification.service.js';
export { NotificationsModule } from './notifications.module.js';

import { EmailDelivery } from './email/email-delivery.entity.js';
import { Notification } from './in-app/notification.entity.js';
export const notificationEntities = [EmailDelivery, Notification];
