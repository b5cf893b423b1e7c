import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { MatchingService, type MatchOutcome } from '#matching';
import { JobName, QueueName, WORKER_OPTIONS } from '#queue';
import { searchTargetOf } from '#search';

/**
 * Re-scores a posting after it was published, edited, closed or withdrawn (the outbox fans each such
 * event out here and to search sync; the job id is the outbox row's, so an event is matched once). The
 * job reads the posting from PostgreSQL, not from the search index, which another job updates meanwhile.
 */
@Processor(QueueName.Matching, { ...WORKER_OPTIONS, concurrency: 2 })
export class MatchingProcessor extends WorkerHost {
  static readonly handles = [JobName.MatchPosting];
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(private readonly matching: MatchingService) {
    super();
  }

  async process(job: Job): Promise<MatchOutcome> {
    if (job.name !== JobName.MatchPosting) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const target = searchTargetOf(job.data as Record<string, unknown>);
    if (!target) throw new UnrecoverableError(`Job ${job.id} names no posting`);
    return this.matching.matchPosting(target.kind, target.id);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
