import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DispatchResult } from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { InterestNotifier } from './interest-notifier.js';
import { OwnerNotifier } from './owner-notifier.js';

type Outcome = ({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' };

/**
 * Tells owners of what others do with their postings (我要对接, access requests, 揭榜 proposals,
 * moderation) and others of the owners' decisions: decodes the job, calls the notifier.
 */
@Processor(QueueName.Interest, WORKER_OPTIONS)
export class InterestProcessor extends WorkerHost {
  static readonly handles = [
    JobName.NotifyInterest,
    JobName.NotifyAccessRequested,
    JobName.NotifyAccessDecided,
    JobName.NotifyProposalSubmitted,
    JobName.NotifyProposalDecided,
    JobName.NotifyModeration,
  ];

  constructor(
    private readonly notifier: InterestNotifier,
    private readonly owners: OwnerNotifier,
  ) {
    super();
  }

  async process(job: Job): Promise<Outcome> {
    const result = await this.handle(job);
    return result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };
  }

  private handle(job: Job): Promise<DispatchResult | null> {
    switch (job.name as JobName) {
      case JobName.NotifyInterest:
        return this.notifier.notify((job.data as JobPayloads[JobName.NotifyInterest]).interestId);
      case JobName.NotifyAccessRequested:
        return this.owners.accessRequested(job.data as JobPayloads[JobName.NotifyAccessRequested]);
      case JobName.NotifyAccessDecided:
        return this.owners.accessDecided(job.data as JobPayloads[JobName.NotifyAccessDecided]);
      case JobName.NotifyProposalSubmitted:
        return this.owners.proposalSubmitted(job.data as JobPayloads[JobName.NotifyProposalSubmitted]);
      case JobName.NotifyProposalDecided:
        return this.owners.proposalDecided(job.data as JobPayloads[JobName.NotifyProposalDecided]);
      case JobName.NotifyModeration:
        return this.owners.moderated(job.data as JobPayloads[JobName.NotifyModeration]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }
}
