/** The acting organization's webhooks and their delivery log (/webhooks…). */
import { apiRequest } from './client';

export const webhookFormats = ['generic', 'wecom', 'dingtalk', 'feishu'] as const;
export type WebhookFormat = (typeof webhookFormats)[number];
export const webhookEventKinds = [
  'match-found',
  'subscription-hit',
  'message-received',
  'deal-changed',
] as const;
export type WebhookEventKind = (typeof webhookEventKinds)[number];
export type WebhookDeliveryStatus = 'pending' | 'delivering' | 'delivered' | 'failed';

export interface Webhook {
  id: string;
  organizationId: string;
  url: string;
  format: WebhookFormat;
  events: WebhookEventKind[];
  active: boolean;
  hasRobotSecret: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Only the create and rotate answers carry the secret. */
export interface WebhookWithSecret extends Webhook {
  secret: string;
}

export interface WebhookInput {
  url: string;
  format: WebhookFormat;
  events: WebhookEventKind[];
  active: boolean;
  /** Left out: unchanged; null: removed. */
  robotSecret?: string | null;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventKind: string;
  eventKey: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  requestBody: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookDeliveryPage {
  items: WebhookDelivery[];
  nextBefore: string | null;
}

const id = encodeURIComponent;

export const webhooksApi = {
  list: () => apiRequest<Webhook[]>('/webhooks'),
  create: (input: WebhookInput) =>
    apiRequest<WebhookWithSecret>('/webhooks', { method: 'POST', body: input }),
  update: (webhookId: string, input: Partial<WebhookInput>) =>
    apiRequest<Webhook>(`/webhooks/${id(webhookId)}`, { method: 'PATCH', body: input }),
  remove: (webhookId: string) => apiRequest<void>(`/webhooks/${id(webhookId)}`, { method: 'DELETE' }),
  rotateSecret: (webhookId: string) =>
    apiRequest<WebhookWithSecret>(`/webhooks/${id(webhookId)}/rotate-secret`, { method: 'POST' }),
  test: (webhookId: string) =>
    apiRequest<WebhookDelivery>(`/webhooks/${id(webhookId)}/test`, { method: 'POST' }),
  deliveries: (webhookId: string, before?: string) =>
    apiRequest<WebhookDeliveryPage>(`/webhooks/${id(webhookId)}/deliveries`, {
      query: { before, limit: 20 },
    }),
  retry: (webhookId: string, deliveryId: string) =>
    apiRequest<WebhookDelivery>(`/webhooks/${id(webhookId)}/deliveries/${id(deliveryId)}/retry`, {
      method: 'POST',
    }),
};
