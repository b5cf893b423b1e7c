import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  Handles,
  JobName,
  JobProcessor,
  QueueName,
  WORKER_OPTIONS,
  type JobPayloads,
} from '#queue';
import { WebhookDeliverer, type WebhookAttemptOutcome } from '../webhooks/webhook-deliverer.service.js';

/** BullMQ's exponential backoff: the delay before the attempt after `attemptsMade` failed ones. */
function backoffAfter(job: Job): number {
  const backoff = job.opts.backoff ?? DEFAULT_JOB_OPTIONS.backoff;
  const delay = typeof backoff === 'object' ? (backoff.delay ?? 0) : (backoff ?? 0);
  return delay * 2 ** job.attemptsMade;
}

/**
 * Sends webhook deliveries, one attempt per run. A retryable failure throws, so BullMQ retries with
 * exponential backoff; the last attempt records the delivery as failed instead.
 */
@Processor(QueueName.Webhooks, { ...WORKER_OPTIONS, concurrency: 8 })
export class WebhooksProcessor extends JobProcessor {
  constructor(private readonly deliverer: WebhookDeliverer) {
    super();
  }

  @Handles(JobName.DeliverWebhook)
  async deliver(
    { deliveryId }: JobPayloads[JobName.DeliverWebhook],
    job: Job,
  ): Promise<WebhookAttemptOutcome> {
    const attempts = job.opts.attempts ?? 1;
    return this.deliverer.attempt(deliveryId, {
      final: job.attemptsMade + 1 >= attempts,
      retryInMs: backoffAfter(job),
    });
  }
}
