import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PermanentWebhookError, WebhookAgents } from './webhook-address-filter.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { renderWebhookRequest } from './webhook-formats.js';
import { sendWebhook } from './webhook-sender.js';
import { Webhook } from './webhook.entity.js';

export type WebhookAttemptOutcome = 'delivered' | 'failed' | 'skipped';

/** Retrying cannot fix a client error, except a timeout (408) or a rate limit (429). */
const isPermanentStatus = (code: number) => code >= 400 && code < 500 && code !== 408 && code !== 429;

/** A retryable failure: the job throws it so BullMQ tries again with backoff. */
export class WebhookAttemptError extends Error {
  override name = 'WebhookAttemptError';
}

export interface AttemptPlan {
  /** No attempt follows this one: a retryable failure is final. */
  final: boolean;
  /** When the next attempt runs if this one fails, for the log. */
  retryInMs: number;
}

/** A crashed attempt leaves its row `delivering`; after this long another attempt may take it over. */
const STALE_DELIVERING_SECONDS = 120;

/**
 * One attempt at one delivery. The row is claimed first (pending → delivering, attempts + 1), so two
 * copies of a job never both send; the body is rendered and signed now from the row, and every attempt's
 * status code or error is written back. 2xx delivers, a 4xx other than 408/429 or a refused target fails
 * at once, anything else is retried until the last attempt.
 */
@Injectable()
export class WebhookDeliverer {
  private readonly logger = new Logger(WebhookDeliverer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: WebhookAgents,
  ) {}

  async attempt(deliveryId: string, plan: AttemptPlan): Promise<WebhookAttemptOutcome> {
    const repository = this.dataSource.getRepository(WebhookDelivery);
    const claimed = await repository
      .createQueryBuilder()
      .update()
      .set({ status: 'delivering', attempts: () => 'attempts + 1' })
      .where(
        `id = :deliveryId AND (status = 'pending'
           OR (status = 'delivering' AND updated_at < now() - make_interval(secs => :stale)))`,
        { deliveryId, stale: STALE_DELIVERING_SECONDS },
      )
      .returning('id')
      .execute();
    if (!claimed.affected) {
      const row = await repository.findOneBy({ id: deliveryId });
      // Another copy of this job is sending right now: try again later rather than drop it.
      if (row?.status === 'delivering') throw new WebhookAttemptError('another attempt is in progress');
      return 'skipped';
    }
    const delivery = await repository.findOneByOrFail({ id: deliveryId });
    const webhook = await this.dataSource.getRepository(Webhook).findOneBy({ id: delivery.webhookId });
    if (!webhook?.active) return this.fail(delivery, null, 'the webhook is disabled');
    const request = renderWebhookRequest(
      webhook,
      {
        deliveryId,
        eventKind: delivery.eventKind,
        createdAt: delivery.createdAt,
        payload: delivery.data,
      },
      new Date(),
    );
    await repository.update({ id: deliveryId }, { requestBody: request.body });
    try {
      const response = await sendWebhook(this.agents, request);
      if (response.statusCode >= 200 && response.statusCode < 300) {
        await repository.update(
          { id: deliveryId },
          {
            status: 'delivered',
            deliveredAt: new Date(),
            lastStatusCode: response.statusCode,
            lastError: null,
            nextAttemptAt: null,
          },
        );
        return 'delivered';
      }
      const error = `HTTP ${response.statusCode}${response.excerpt ? `: ${response.excerpt}` : ''}`;
      if (isPermanentStatus(response.statusCode)) return this.fail(delivery, response.statusCode, error);
      return this.retryLater(delivery, response.statusCode, error, plan);
    } catch (error) {
      if (error instanceof PermanentWebhookError) return this.fail(delivery, null, error.message);
      return this.retryLater(delivery, null, (error as Error).message, plan);
    }
  }

  private async fail(delivery: WebhookDelivery, statusCode: number | null, error: string) {
    await this.dataSource.getRepository(WebhookDelivery).update(
      { id: delivery.id },
      {
        status: 'failed',
        lastStatusCode: statusCode,
        lastError: error.slice(0, 1000),
        nextAttemptAt: null,
      },
    );
    this.logger.warn(`Webhook delivery ${delivery.id} failed: ${error}`);
    return 'failed' as const;
  }

  private async retryLater(
    delivery: WebhookDelivery,
    statusCode: number | null,
    error: string,
    plan: AttemptPlan,
  ): Promise<WebhookAttemptOutcome> {
    if (plan.final) return this.fail(delivery, statusCode, error);
    await this.dataSource.getRepository(WebhookDelivery).update(
      { id: delivery.id },
      {
        status: 'pending',
        lastStatusCode: statusCode,
        lastError: error.slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + plan.retryInMs),
      },
    );
    throw new WebhookAttemptError(error);
  }
}
