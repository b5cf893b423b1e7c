import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { ParentOptions, Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { JobName, QueueName, type JobPayloads } from '#queue';
import { SearchSyncService, type DocumentKey } from '#search';
import type { DispatchResult } from '../dispatch/notification-dispatcher.js';
import { SubscriptionHitNotifier } from './subscription-hit.notifier.js';
import { SubscriptionHitService } from './subscription-hit.service.js';
import { SubscriptionService } from './subscription.service.js';

/**
 * Hits told per job: each job's steps are a few statements for the whole page and the emails go out in
 * parallel over the SMTP pool, so a fan-out to thousands costs dozens of jobs, not thousands
 * (bench/fanout.ts). Small enough that a job retried after a crash redoes little.
 */
const HITS_PER_JOB = 200;

/**
 * The BullMQ id of one page's job under its percolation's job: a percolation run again (a retry, or the
 * reconciler replaying it) makes the same pages, and BullMQ keeps one job for each. Another percolation of
 * the same posting (an edit) makes pages of its own, which find every delivery already claimed. BullMQ
 * refuses ":" in custom ids.
 */
const hitsJobId = (parentId: string, subscriptionIds: readonly string[]) =>
  `${JobName.NotifySubscriptionHits}.${parentId}.${createHash('sha256').update(subscriptionIds.join(',')).digest('hex').slice(0, 32)}`;

/**
 * A published posting told to the saved searches that find it: percolation into pages of hits (one
 * `notify-subscription-hits` job each), then each page told to its subscribers. Each page re-reads its
 * subscriptions and the posting, so a pause or a withdrawal in between tells nobody.
 */
@Injectable()
export class SubscriptionFanOut {
  constructor(
    @InjectQueue(QueueName.Subscriptions) private readonly queue: Queue,
    private readonly searchSync: SearchSyncService,
    private readonly subscriptions: SubscriptionService,
    private readonly hits: SubscriptionHitService,
    private readonly notifier: SubscriptionHitNotifier,
    private readonly memberships: MembershipService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Every active subscription that finds the posting, told page by page: one child job of `parent` per
   * HITS_PER_JOB hits. A page that fails for good does not hold its parent back; it stays in the failed
   * set, and its deliveries in their tables, for an administrator to see. Brings the posting's search
   * document up to date first (the search-sync job of the same event may not have run yet). Returns the
   * number of hits, or null when the posting is not listed (nothing to tell).
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

  /** One page of hits told to its subscribers through SubscriptionHitNotifier; null when none is left. */
  async tell({
    kind,
    postingId,
    subscriptionIds,
  }: JobPayloads[JobName.NotifySubscriptionHits]): Promise<DispatchResult | null> {
    const hits = await this.hits.hitsOf(subscriptionIds, kind, postingId);
    if (hits.length === 0) return null;
    const contacts = await this.memberships.contactsOf([], [...new Set(hits.map((hit) => hit.userId))]);
    const subscribers = new Map(contacts.map((contact) => [contact.userId, contact]));
    return this.notifier.deliver(hits, subscribers, this.config.PUBLIC_URL);
  }
}
