export { EmailDelivery } from './email/email-delivery.entity.js';
export {
  EmailDeliveryService,
  isPermanentSmtpFailure,
  type DeliveryOutcome,
} from './email/email-delivery.service.js';
export {
  expertClaimEmail,
  invitationEmail,
  passwordResetEmail,
  type RenderedEmail,
} from './email/templates.js';
export { NotificationsModule } from './notifications.module.js';

import { EmailDelivery } from './email/email-delivery.entity.js';
export const notificationEntities = [EmailDelivery];
