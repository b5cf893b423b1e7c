import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { createHash } from 'node:crypto';
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
 * Hits told per job: each job's steps are a few statements for the whole page and the emails go out in
 * parallel over the SMTP pool, so a fan-out to thousands costs dozens of jobs, not thousands
 * (bench/fanout.ts). Small enough that a job retried after a crash redoes little.
 */
const HITS_PER_JOB = 200;

/** Jobs one worker runs at once: enough to keep the SMTP pool busy while another page does its statements. */
const CONCURRENCY = 4;

/**
 * The BullMQ id of one page's job: one publish tells one page of subscriptions once, however often it
 * is percolated. BullMQ refuses ":" in custom ids.
 */
export const hitsJobId = ({
  kind,
  postingId,
  subscriptionIds,
}: JobPayloads[JobName.NotifySubscriptionHits]) =>
  `${JobName.NotifySubscriptionHits}.${kind}.${postingId}.${createHash('sha256').update(subscriptionIds.join(',')).digest('hex').slice(0, 32)}`;

/**
 * Saved-search subscriptions. `match-subscriptions` runs once per publish: it brings the posting's
 * search document up to date (the search-sync job of the same event may not have run yet), percolates
 * every active subscription against it, and enqueues one `notify-subscription-hits` job per page of
 * hits in bulk. Each page's job re-reads its subscriptions and the posting, so a pause or a withdrawal
 * in between tells nobody, and delivers through SubscriptionHitNotifier (the dispatcher's claimed rows).
 */
@Processor(QueueName.Subscriptions, { ...WORKER_OPTIONS, concurrency: CONCURRENCY })
export class SubscriptionsProcessor extends WorkerHost {
  static readonly handles = [JobName.MatchSubscriptions, JobName.NotifySubscriptionHits];
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
      case JobName.NotifySubscriptionHits:
        return this.notify(job.data as JobPayloads[JobName.NotifySubscriptionHits]);
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
    for await (const found of this.subscriptions.matching(target)) {
      const jobs = [];
      for (let start = 0; start < found.length; start += HITS_PER_JOB) {
        const data = {
          kind: target.kind,
          postingId: target.id,
          subscriptionIds: found.slice(start, start + HITS_PER_JOB),
        };
        jobs.push({ name: JobName.NotifySubscriptionHits, data, opts: { jobId: hitsJobId(data) } });
      }
      await this.queue.addBulk(jobs);
      hits += found.length;
    }
    return { outcome: 'matched', hits };
  }

  private async notify({
    kind,
    postingId,
    subscriptionIds,
  }: JobPayloads[JobName.NotifySubscriptionHits]): Promise<SubscriptionJobResult> {
    const hits = await this.hits.hitsOf(subscriptionIds, kind, postingId);
    if (hits.length === 0) return { outcome: 'skipped' };
    const contacts = await this.memberships.contactsOf([], [...new Set(hits.map((hit) => hit.userId))]);
    const subscribers = new Map(contacts.map((contact) => [contact.userId, contact]));
    const told = await this.notifier.deliver(hits, subscribers, this.config.PUBLIC_URL);
    return { outcome: 'notified', ...told };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
