import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
import { DeliveryRecovery, DigestScheduler, type DeliveryRecoveryReport } from '#notifications';
import { DemandService } from '#postings';
import {
  Handles,
  JobName,
  JobProcessor,
  OutboxReconciler,
  QueueName,
  REDIS,
  WORKER_OPTIONS,
  type ReconcileReport,
} from '#queue';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

export type RecoveryReport = ReconcileReport & DeliveryRecoveryReport;

/**
 * Repeatable housekeeping for several contexts on one schedule-keeping queue; each run is safe to repeat
 * (it changes only what is still due) and is one call into the context that owns the work.
 */
@Processor(QueueName.Maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends JobProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly demands: DemandService,
    private readonly digests: DigestScheduler,
    private readonly reconciler: OutboxReconciler,
    private readonly recovery: DeliveryRecovery,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
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

  @Handles(JobName.ExpireDemands)
  async expireDemands(): Promise<{ expired: number }> {
    const expired = await this.demands.expireOverdue();
    if (expired > 0) this.logger.log(`Expired ${expired} demand(s) past their deadline`);
    return { expired };
  }

  @Handles(JobName.ScheduleDigests)
  async scheduleDigests(): Promise<{ queued: number }> {
    return { queued: await this.digests.scheduleToday() };
  }

  /**
   * Brings back what Redis lost: outbox jobs (the reconciler, which belongs to the worker), then the
   * deliveries left open past the grace period.
   */
  @Handles(JobName.ReconcileOutbox)
  async reconcile(): Promise<RecoveryReport> {
    const report = await this.reconciler.reconcile();
    return { ...report, ...(await this.recovery.recover(this.config.RECOVERY_GRACE_SECONDS)) };
  }
}
