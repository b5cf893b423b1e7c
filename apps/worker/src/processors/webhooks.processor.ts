import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { WebhookDeliverer, type WebhookAttemptOutcome } from '#notifications';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';

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
export class WebhooksProcessor extends WorkerHost {
  static readonly handles = [JobName.DeliverWebhook];
  private readonly logger = new Logger(WebhooksProcessor.name);

  constructor(private readonly deliverer: WebhookDeliverer) {
    super();
  }

  async process(job: Job): Promise<WebhookAttemptOutcome> {
    if (job.name !== JobName.DeliverWebhook) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const { deliveryId } = job.data as JobPayloads[JobName.DeliverWebhook];
    const attempts = job.opts.attempts ?? 1;
    return this.deliverer.attempt(deliveryId, {
      final: job.attemptsMade + 1 >= attempts,
      retryInMs: backoffAfter(job),
    });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
