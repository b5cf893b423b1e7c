import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { postingOfJob } from '#search';
import { MatchingService, type MatchOutcome } from '../matching.service.js';

/**
 * Re-scores a posting after it was published, edited, closed or withdrawn (the outbox fans each such
 * event out here and to search sync; the job id is the outbox row's, so an event is matched once). The
 * job reads the posting from PostgreSQL, not from the search index, which another job updates meanwhile.
 */
@Processor(QueueName.Matching, { ...WORKER_OPTIONS, concurrency: 2 })
export class MatchingProcessor extends JobProcessor {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  @Handles(JobName.MatchPosting)
  async matchPosting(payload: JobPayloads[JobName.MatchPosting], job: Job): Promise<MatchOutcome> {
    const target = postingOfJob(payload, job);
    return this.matching.matchPosting(target.kind, target.id);
  }
}
