import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DispatchResult } from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { InterestNotifier } from './interest-notifier.js';

/** Tells owners of 我要对接 on their postings: decodes the job, calls the notifier. */
@Processor(QueueName.Interest, WORKER_OPTIONS)
export class InterestProcessor extends WorkerHost {
  static readonly handles = [JobName.NotifyInterest];

  constructor(private readonly notifier: InterestNotifier) {
    super();
  }

  async process(job: Job): Promise<({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' }> {
    if (job.name !== JobName.NotifyInterest) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const { interestId } = job.data as JobPayloads[JobName.NotifyInterest];
    const result = await this.notifier.notify(interestId);
    return result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };
  }
}
