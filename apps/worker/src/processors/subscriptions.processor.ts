import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, WaitingChildrenError, type Job, type ParentOptions, type Queue } from 'bullmq';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import {
  SubscriptionHitNotifier,
  SubscriptionHitService,
  SubscriptionService,
  type DispatchResult,
} from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { searchTargetOf, SearchSyncService, type DocumentKey } from '#search';

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
 * The BullMQ id of one page's job under its percolation's job: a percolation run again (a retry, or the
 * reconciler replaying it) makes the same pages, and BullMQ keeps one job for each. Another percolation of
 * the same posting (an edit) makes pages of its own, which find every delivery already claimed. BullMQ
 * refuses ":" in custom ids.
 */
const hitsJobId = (parentId: string, subscriptionIds: readonly string[]) =>
  `${JobName.NotifySubscriptionHits}.${parentId}.${createHash('sha256').update(subscriptionIds.join(',')).digest('hex').slice(0, 32)}`;

/** What a percolation job keeps in its data once its pages are enqueued: a count, never text. */
interface PercolationProgress {
  hitsEnqueued?: number;
}

/**
 * Saved-search subscriptions. `match-subscriptions` runs once per publish: it brings the posting's
 * search document up to date (the search-sync job of the same event may not have run yet), percolates
 * every active subscription against it, and enqueues one `notify-subscription-hits` job per page of
 * hits in bulk, as its children. It then waits for them (BullMQ's waiting-children), so it completes, and
 * its outbox row stops being watched, only once every page is done: pages Redis loses before that are
 * brought back by the reconciler replaying the percolation. Each page's job re-reads its subscriptions and
 * the posting, so a pause or a withdrawal in between tells nobody, and delivers through
 * SubscriptionHitNotifier (the dispatcher's claimed rows).
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

  async process(job: Job, token?: string): Promise<SubscriptionJobResult> {
    switch (job.name) {
      case JobName.MatchSubscriptions:
        return this.match(job, token);
      case JobName.NotifySubscriptionHits:
        return this.notify(job.data as JobPayloads[JobName.NotifySubscriptionHits]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  /**
   * Percolates once, then waits for the pages; BullMQ runs the job again when the last page is done, and
   * that run finds the count in its data and completes.
   */
  private async match(job: Job, token?: string): Promise<SubscriptionJobResult> {
    const target = searchTargetOf(job.data as Record<string, unknown>);
    if (!target) throw new UnrecoverableError(`Job ${job.id} names no posting`);
    let { hitsEnqueued } = job.data as PercolationProgress;
    if (hitsEnqueued === undefined) {
      const hits = await this.percolate(target, { id: job.id!, queue: job.queueQualifiedName });
      if (hits === null) return { outcome: 'skipped' };
      hitsEnqueued = hits;
      await job.updateData({ ...job.data, hitsEnqueued } satisfies PercolationProgress);
    }
    if (await job.moveToWaitingChildren(token!)) throw new WaitingChildrenError();
    return { outcome: 'matched', hits: hitsEnqueued };
  }

  /**
   * Every active subscription that finds the posting, told page by page: one child job of `parent` per
   * HITS_PER_JOB hits. A page that fails for good does not hold its parent back; it stays in the failed
   * set, and its deliveries in their tables, for an administrator to see. Returns the number of hits, or
   * null when the posting is not listed (nothing to tell).
   */
  async percolate(target: DocumentKey, parent: ParentOptions): Promise<number | null> {
    const synced = await this.searchSync.sync(target.kind, [target.id]);
    if (synced.upserted === 0) return null;
    let hits = 0;
    for await (const found of this.subscriptions.matching(target)) {
      const jobs = [];
      for (let start = 0; start < found.length; start += HITS_PER_JOB) {
        const subscriptionIds = found.slice(start, start + HITS_PER_JOB);
        jobs.push({
          name: JobName.NotifySubscriptionHits,
          data: { kind: target.kind, postingId: target.id, subscriptionIds },
          opts: {
            jobId: hitsJobId(parent.id, subscriptionIds),
            parent,
            ignoreDependencyOnFailure: true,
          },
        });
      }
      await this.queue.addBulk(jobs);
      hits += found.length;
    }
    return hits;
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
