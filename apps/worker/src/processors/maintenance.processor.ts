import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
import { EmailDeliveryService } from '#notifications';
import { DemandService } from '#postings';
import { JobName, OutboxReconciler, QueueName, REDIS, WORKER_OPTIONS, type ReconcileReport } from '#queue';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

export type MaintenanceJobResult = { expired: number } | (ReconcileReport & { abandonedEmails: number });

/** Repeatable housekeeping. Each run is safe to repeat: it changes only what is still due. */
@Processor(QueueName.Maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.ExpireDemands, JobName.ReconcileOutbox];
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly demands: DemandService,
    private readonly reconciler: OutboxReconciler,
    private readonly deliveries: EmailDeliveryService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    super();
  }

  /**
   * Upserting the schedulers (rather than adding jobs) keeps one schedule however many workers start;
   * the first runs are immediate, so the reconciler also runs on every start. A Redis that comes back
   * empty (restarted without persistence, flushed) has lost the schedules too: they are upserted again
   * on every reconnect, which also starts a reconcile at once.
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

  private async reconcile(): Promise<ReconcileReport & { abandonedEmails: number }> {
    const report = await this.reconciler.reconcile();
    const abandonedEmails = await this.deliveries.markAbandoned(this.config.RECOVERY_GRACE_SECONDS);
    return { ...report, abandonedEmails };
  }
}
