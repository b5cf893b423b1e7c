import { Processor } from '@nestjs/bullmq';
import type { DispatchResult } from '#notifications';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { InterestNotifier } from '../interest-notifier.js';
import { OwnerNotifier } from '../owner-notifier.js';

type NotifyOutcome = ({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' };

const outcome = (result: DispatchResult | null): NotifyOutcome =>
  result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };

/**
 * Tells owners of what others do with their postings (我要对接, access requests, 揭榜 proposals,
 * moderation) and others of the owners' decisions: decodes the job, calls the notifier.
 */
@Processor(QueueName.Interest, WORKER_OPTIONS)
export class InterestProcessor extends JobProcessor {
  constructor(
    private readonly notifier: InterestNotifier,
    private readonly owners: OwnerNotifier,
  ) {
    super();
  }

  @Handles(JobName.NotifyInterest)
  async notifyInterest({ interestId }: JobPayloads[JobName.NotifyInterest]): Promise<NotifyOutcome> {
    return outcome(await this.notifier.notify(interestId));
  }

  @Handles(JobName.NotifyAccessRequested)
  async accessRequested(data: JobPayloads[JobName.NotifyAccessRequested]): Promise<NotifyOutcome> {
    return outcome(await this.owners.accessRequested(data));
  }

  @Handles(JobName.NotifyAccessDecided)
  async accessDecided(data: JobPayloads[JobName.NotifyAccessDecided]): Promise<NotifyOutcome> {
    return outcome(await this.owners.accessDecided(data));
  }

  @Handles(JobName.NotifyProposalSubmitted)
  async proposalSubmitted(data: JobPayloads[JobName.NotifyProposalSubmitted]): Promise<NotifyOutcome> {
    return outcome(await this.owners.proposalSubmitted(data));
  }

  @Handles(JobName.NotifyProposalDecided)
  async proposalDecided(data: JobPayloads[JobName.NotifyProposalDecided]): Promise<NotifyOutcome> {
    return outcome(await this.owners.proposalDecided(data));
  }

  @Handles(JobName.NotifyModeration)
  async moderated(data: JobPayloads[JobName.NotifyModeration]): Promise<NotifyOutcome> {
    return outcome(await this.owners.moderated(data));
  }
}
