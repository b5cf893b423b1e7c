import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import {
  SubscriptionHitNotifier,
  SubscriptionHitService,
  SubscriptionService,
  type DispatchResult,
} from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { searchTargetOf, SearchSyncService } from '#search';

export type SubscriptionJobResult =
  { outcome: 'matched'; hits: number } | ({ outcome: 'notified' } & DispatchResult) | { outcome: 'skipped' };

/**
 * How many hit deliveries one worker runs at once: each mostly waits on PostgreSQL and SMTP, so a fan-out
 * to thousands needs many in flight (bench/fanout.ts).
 */
const CONCURRENCY = 32;

/** The BullMQ id of one hit's job: one publish tells one subscription once, however often it is matched. */
// BullMQ refuses ":" in custom ids.
export const hitJobId = (hit: JobPayloads[JobName.NotifySubscriptionHit]) =>
  `${JobName.NotifySubscriptionHit}.${hit.subscriptionId}.${hit.kind}.${hit.postingId}`;

/**
 * Saved-search subscriptions. `match-subscriptions` runs once per publish: it brings the posting's
 * search document up to date (the search-sync job of the same event may not have run yet), percolates
 * every active subscription against it, and enqueues one `notify-subscription-hit` job per hit in
 * bulk. Each hit job re-reads the subscription and the posting, so a pause or a withdrawal in between
 * tells nobody, and delivers through SubscriptionHitNotifier (the dispatcher's claimed rows).
 */
@Processor(QueueName.Subscriptions, { ...WORKER_OPTIONS, concurrency: CONCURRENCY })
export class SubscriptionsProcessor extends WorkerHost {
  static readonly handles = [JobName.MatchSubscriptions, JobName.NotifySubscriptionHit];
  private readonly logger = new Logger(SubscriptionsProcessor.name);

  constructor(
    @InjectQueue(QueueName.Subscriptions) private readonly queue: Queue,
    private readonly searchSync: SearchSyncService,
    private readonly subscriptions: SubscriptionService,
    private readonly hits: SubscriptionHitService,
    private readonly notifier: SubscriptionHitNotifier,
    private readonly memberships: MembershipService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<SubscriptionJobResult> {
    switch (job.name) {
      case JobName.MatchSubscriptions:
        return this.match(job);
      case JobName.NotifySubscriptionHit:
        return this.notify(job.data as JobPayloads[JobName.NotifySubscriptionHit]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  private async match(job: Job): Promise<SubscriptionJobResult> {
    const target = searchTargetOf(job.data as Record<string, unknown>);
    if (!target) throw new UnrecoverableError(`Job ${job.id} names no posting`);
    const synced = await this.searchSync.sync(target.kind, [target.id]);
    if (synced.upserted === 0) return { outcome: 'skipped' };
    let hits = 0;
    for await (const subscriptionIds of this.subscriptions.matching(target)) {
      const jobs = subscriptionIds.map((subscriptionId) => {
        const data = { subscriptionId, kind: target.kind, postingId: target.id };
        return { name: JobName.NotifySubscriptionHit, data, opts: { jobId: hitJobId(data) } };
      });
      await this.queue.addBulk(jobs);
      hits += jobs.length;
    }
    return { outcome: 'matched', hits };
  }

  private async notify(payload: JobPayloads[JobName.NotifySubscriptionHit]): Promise<SubscriptionJobResult> {
    const hit = await this.hits.hitOf(payload.subscriptionId, payload.kind, payload.postingId);
    if (!hit) return { outcome: 'skipped' };
    const [contact] = await this.memberships.contactsOf([], [hit.userId]);
    if (!contact) return { outcome: 'skipped' };
    const told = await this.notifier.deliver(hit, contact, this.config.PUBLIC_URL);
    return { outcome: 'notified', ...told };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
