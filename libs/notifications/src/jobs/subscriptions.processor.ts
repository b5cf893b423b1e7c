import { Processor } from '@nestjs/bullmq';
import { WaitingChildrenError, type Job } from 'bullmq';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { postingOfJob } from '#search';
import type { DispatchResult } from '../dispatch/notification-dispatcher.js';
import { SubscriptionFanOut } from '../subscriptions/subscription-fan-out.service.js';

export type SubscriptionJobResult =
  { outcome: 'matched'; hits: number } | ({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' };

/** Jobs one worker runs at once: enough to keep the SMTP pool busy while another page does its statements. */
const CONCURRENCY = 4;

/** What a percolation job keeps in its data once its pages are enqueued: a count, never text. */
interface PercolationProgress {
  hitsEnqueued?: number;
}

/**
 * Saved-search subscriptions. `match-subscriptions` runs once per publish and enqueues its pages of hits
 * as its children (SubscriptionFanOut); it then waits for them (BullMQ's waiting-children), so it
 * completes, and its outbox row stops being watched, only once every page is done: pages Redis loses
 * before that are brought back by the reconciler replaying the percolation.
 */
@Processor(QueueName.Subscriptions, { ...WORKER_OPTIONS, concurrency: CONCURRENCY })
export class SubscriptionsProcessor extends JobProcessor {
  constructor(readonly fanOut: SubscriptionFanOut) {
    super();
  }

  /**
   * Percolates once, then waits for the pages; BullMQ runs the job again when the last page is done, and
   * that run finds the count in its data and completes.
   */
  @Handles(JobName.MatchSubscriptions)
  async match(
    payload: JobPayloads[JobName.MatchSubscriptions],
    job: Job,
    token?: string,
  ): Promise<SubscriptionJobResult> {
    const target = postingOfJob(payload, job);
    let { hitsEnqueued } = job.data as PercolationProgress;
    if (hitsEnqueued === undefined) {
      const hits = await this.fanOut.percolate(target, { id: job.id!, queue: job.queueQualifiedName });
      if (hits === null) return { outcome: 'skipped' };
      hitsEnqueued = hits;
      await job.updateData({ ...payload, hitsEnqueued } satisfies PercolationProgress);
    }
    if (await job.moveToWaitingChildren(token!)) throw new WaitingChildrenError();
    return { outcome: 'matched', hits: hitsEnqueued };
  }

  @Handles(JobName.NotifySubscriptionHits)
  async notify(payload: JobPayloads[JobName.NotifySubscriptionHits]): Promise<SubscriptionJobResult> {
    const told = await this.fanOut.tell(payload);
    return told ? { outcome: 'notified', ...told } : { outcome: 'skipped' };
  }
}
