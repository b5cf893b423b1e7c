import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, outageBackoff, QueueName, WORKER_OPTIONS } from '#queue';
import { searchTargetOf, SearchSyncService, type SyncOutcome } from '#search';

/**
 * Keeps the search index in step with PostgreSQL: each posting event re-reads that posting and upserts
 * or removes its document. A search engine that is down fails the job, which retries with the outage
 * backoff (QUEUE_JOB_OPTIONS) until the engine is back; the write that caused the event never waits.
 */
@Processor(QueueName.Search, {
  ...WORKER_OPTIONS,
  concurrency: 4,
  settings: { backoffStrategy: outageBackoff },
})
export class SearchSyncProcessor extends WorkerHost {
  static readonly handles = [JobName.SyncSearchDocument];
  private readonly logger = new Logger(SearchSyncProcessor.name);

  constructor(private readonly sync: SearchSyncService) {
    super();
  }

  async process(job: Job): Promise<SyncOutcome> {
    if (job.name !== JobName.SyncSearchDocument)
      throw new UnrecoverableError(`No handler for job ${job.name}`);
    const target = searchTargetOf(job.data as Record<string, unknown>);
    if (!target) throw new UnrecoverableError(`Job ${job.id} names no posting`);
    return this.sync.sync(target.kind, [target.id]);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
