import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
import { digestDate, DigestService, EmailDeliveryService, WebhookService } from '#notifications';
import { DemandService } from '#postings';
import {
  digestJobId,
  JobName,
  OutboxReconciler,
  QueueName,
  REDIS,
  WORKER_OPTIONS,
  type JobPayloads,
  type ReconcileReport,
} from '#queue';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

export type RecoveryReport = ReconcileReport & {
  abandonedEmails: number;
  resentEmails: number;
  requeuedWebhooks: number;
};
export type MaintenanceJobResult = { expired: number } | { queued: number } | RecoveryReport;

/** Repeatable housekeeping. Each run is safe to repeat: it changes only what is still due. */
@Processor(QueueName.Maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.ExpireDemands, JobName.ScheduleDigests, JobName.ReconcileOutbox];
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly demands: DemandService,
    private readonly digests: DigestService,
    private readonly reconciler: OutboxReconciler,
    private readonly deliveries: EmailDeliveryService,
    private readonly webhooks: WebhookService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    super();
  }

  /**
   * Upserting the schedulers (rather than adding jobs) keeps one schedule however many workers start;
   * expiry and the reconciler run at once, so the reconciler also runs on every start; digests wait for
   * DIGEST_HOUR. A Redis that comes back empty (restarted without persistence, flushed) has lost the
   * schedules too: they are upserted again on every reconnect, which also starts a reconcile at once.
   */
  async onApplicationBootstrap(): Promise<void> {
    this.redis.on('ready', () => {
      this.schedule().catch((error: unknown) => this.logger.warn(`Re-scheduling failed: ${String(error)}`));
    });
    await this.schedule();
  }

  async process(job: Job): Promise<MaintenanceJobResult> {
    switch (job.name) {
      case JobName.ExpireDemands:
        return this.expireDemands();
      case JobName.ScheduleDigests:
        return this.scheduleDigests();
      case JobName.ReconcileOutbox:
        return this.reconcile();
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  private async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.ExpireDemands,
      { every: EXPIRY_EVERY_MS },
      { name: JobName.ExpireDemands },
    );
    await this.queue.upsertJobScheduler(
      JobName.ScheduleDigests,
      { pattern: `0 ${this.config.DIGEST_HOUR} * * *`, tz: this.config.DIGEST_TIMEZONE },
      { name: JobName.ScheduleDigests },
    );
    await this.queue.upsertJobScheduler(
      JobName.ReconcileOutbox,
      { every: this.config.RECONCILE_INTERVAL_SECONDS * 1_000 },
      { name: JobName.ReconcileOutbox },
    );
  }

  private async expireDemands(): Promise<{ expired: number }> {
    const expired = await this.demands.expireOverdue();
    if (expired > 0) this.logger.log(`Expired ${expired} demand(s) past their deadline`);
    return { expired };
  }

  /** One digest job per user with something pending; a user with nothing pending gets none. */
  private async scheduleDigests(): Promise<{ queued: number }> {
    const date = digestDate(new Date(), this.config.DIGEST_TIMEZONE);
    const userIds = await this.digests.usersWithPendingItems();
    await this.notifications.addBulk(
      userIds.map((userId) => ({
        name: JobName.SendDigest,
        data: { userId, date } satisfies JobPayloads[JobName.SendDigest],
        opts: { jobId: digestJobId(userId, date) },
      })),
    );
    return { queued: userIds.length };
  }

  /**
   * Brings back what Redis lost: outbox jobs (the reconciler), webhook deliveries still open after the
   * grace period; email claims a crash cut short become `unknown`, never sent again; emails whose claim a
   * temporary failure released and no retry took up are sent.
   */
  private async reconcile(): Promise<RecoveryReport> {
    const report = await this.reconciler.reconcile();
    const grace = this.config.RECOVERY_GRACE_SECONDS;
    const abandonedEmails = await this.deliveries.markAbandoned(grace);
    const resentEmails = await this.deliveries.sendReleased(grace);
    const requeuedWebhooks = await this.webhooks.requeueStale(grace);
    return { ...report, abandonedEmails, resentEmails, requeuedWebhooks };
  }
}
