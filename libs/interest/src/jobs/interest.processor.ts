import { Processor } from '@nestjs/bullmq';
import type { DispatchResult } from '#notifications';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { InterestNotifier } from '../interest-notifier.js';

type NotifyOutcome = ({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' };

/** Tells owners of 我要对接 on their postings: hands the interest to the notifier. */
@Processor(QueueName.Interest, WORKER_OPTIONS)
export class InterestProcessor extends JobProcessor {
  constructor(private readonly notifier: InterestNotifier) {
    super();
  }

  @Handles(JobName.NotifyInterest)
  async notifyInterest({ interestId }: JobPayloads[JobName.NotifyInterest]): Promise<NotifyOutcome> {
    const result = await this.notifier.notify(interestId);
    return result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };
  }
}
