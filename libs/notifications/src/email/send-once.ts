import type { DeliveryOutcome, EmailDeliveryService } from './email-delivery.service.js';
import type { RenderedEmail } from './templates.js';

export type EmailJobResult = DeliveryOutcome | 'skipped';

/**
 * Renders and delivers one email once per `key` (the delivery row's unique key). A context's email job
 * passes what its service found to send; nothing left to send (`content` null: an accepted invitation,
 * a used reset link) is "skipped".
 */
export async function sendOnce<C extends { to: string }>(
  deliveries: EmailDeliveryService,
  key: string,
  kind: string,
  content: C | null | undefined,
  template: (content: C) => RenderedEmail,
): Promise<EmailJobResult> {
  if (!content) return 'skipped';
  return deliveries.deliver(key, kind, content.to, template(content));
}
