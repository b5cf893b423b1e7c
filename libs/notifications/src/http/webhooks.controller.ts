import { Body, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse } from '@nestjs/swagger';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  DeleteRoute,
  ProblemResponses,
  ReadRoute,
  UpdateRoute,
  UuidParam,
} from '#http';
import type { Actor } from '#identity';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDeliveryQueryDto,
  WebhookDto,
  WebhookListQueryDto,
  WebhookWithSecretDto,
} from '../webhooks/webhook.dto.js';
import { WebhookService } from '../webhooks/webhook.service.js';

/**
 * The acting organization's webhooks (X-Organization-Id), for its owners and admins; platform admins may
 * read any organization's. Deliveries are sent by the worker; the log shows every attempt.
 */
@ApiController('webhooks', 'api/v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookService) {}

  @ReadRoute(undefined, [WebhookDto], { problems: [400, 401, 403, 404] })
  list(@CurrentActor() actor: Actor, @Query() query: WebhookListQueryDto): Promise<WebhookDto[]> {
    return this.webhooks.list(actor, query.organizationId);
  }

  @CreateRoute(undefined, WebhookWithSecretDto, {
    longText: true,
    problems: [400, 401, 403, 409],
    description: 'The only response that shows the secret',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(actor, body);
  }

  @ReadRoute(':id', WebhookDto, { problems: [401, 403, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<WebhookDto> {
    return this.webhooks.get(actor, id);
  }

  @UpdateRoute(':id', WebhookDto)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookDto> {
    return this.webhooks.update(actor, id, body);
  }

  @DeleteRoute(':id', { noContent: { description: 'The webhook and its delivery log are gone' } })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.webhooks.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOkResponse({
    type: WebhookWithSecretDto,
    description: 'The new secret, shown once; the old one stops at once',
  })
  @ProblemResponses(401, 403, 404)
  rotateSecret(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<WebhookWithSecretDto> {
    return this.webhooks.rotateSecret(actor, id);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: WebhookDeliveryDto,
    description: 'A signed `ping` delivery, queued; its outcome appears in the delivery log',
  })
  @ProblemResponses(401, 403, 404)
  test(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.test(actor, id);
  }

  @ReadRoute(':id/deliveries', WebhookDeliveryPageDto, {
    problems: [400, 401, 403, 404],
    description: 'Newest first',
  })
  deliveries(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: WebhookDeliveryQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveries(actor, id, query);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryDto, description: 'Queued again (failed deliveries only)' })
  @ProblemResponses(401, 403, 404, 409)
  retry(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.retry(actor, id, deliveryId);
  }
}
