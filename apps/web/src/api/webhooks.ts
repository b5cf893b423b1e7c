/** The acting organization's webhooks and their delivery log (/webhooks…), through the generated client. */
import { schemaRules } from './generated/rules';
import { answer, api, withPath, type Schemas } from './client';

export type Webhook = Schemas['WebhookDto'];
/** Only the create and rotate answers carry the secret. */
export type WebhookWithSecret = Schemas['WebhookWithSecretDto'];
export type WebhookInput = Schemas['CreateWebhookDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookFormat = Webhook['format'];
export type WebhookEventKind = Webhook['events'][number];
export type WebhookDeliveryStatus = WebhookDelivery['status'];

export const webhookFormats: readonly WebhookFormat[] = schemaRules.WebhookDto.format.enum;
export const webhookEventKinds: readonly WebhookEventKind[] = schemaRules.WebhookDto.events.items.enum;

const delivery = (id: string, deliveryId: string) => withPath({ id, deliveryId });

export const webhooksApi = {
  list: () => answer(api().GET('/api/v1/webhooks')),
  create: (input: WebhookInput) => answer(api().POST('/api/v1/webhooks', { body: input })),
  update: (id: string, input: Schemas['UpdateWebhookDto']) =>
    answer(api().PATCH('/api/v1/webhooks/{id}', { ...withPath({ id }), body: input })),
  remove: (id: string) => answer(api().DELETE('/api/v1/webhooks/{id}', withPath({ id }))),
  rotateSecret: (id: string) => answer(api().POST('/api/v1/webhooks/{id}/rotate-secret', withPath({ id }))),
  test: (id: string) => answer(api().POST('/api/v1/webhooks/{id}/test', withPath({ id }))),
  deliveries: (id: string, before?: string) =>
    answer(
      api().GET('/api/v1/webhooks/{id}/deliveries', {
        params: { path: { id }, query: { before, limit: 20 } },
      }),
    ),
  retry: (id: string, deliveryId: string) =>
    answer(api().POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry', delivery(id, deliveryId))),
};
