import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  Handles,
  JobName,
  JobProcessor,
  outageBackoff,
  QueueName,
  WORKER_OPTIONS,
  type JobPayloads,
} from '#queue';
import { postingOfJob } from '../search-events.js';
import { SearchSyncService, type SyncOutcome } from '../search-sync.service.js';

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
export class SearchSyncProcessor extends JobProcessor {
  constructor(private readonly sync: SearchSyncService) {
    super();
  }

  @Handles(JobName.SyncSearchDocument)
  async syncDocument(payload: JobPayloads[JobName.SyncSearchDocument], job: Job): Promise<SyncOutcome> {
    const target = postingOfJob(payload, job);
    return this.sync.sync(target.kind, [target.id]);
  }
}
