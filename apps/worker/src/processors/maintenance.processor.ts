import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '#core';
import { digestDate, DigestService } from '#notifications';
import { DemandService } from '#postings';
import { digestJobId, JobName, QueueName, type JobPayloads } from '#queue';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

/** Repeatable housekeeping. Each run is safe to repeat: it changes only what is still due. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.ExpireDemands, JobName.ScheduleDigests];
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly demands: DemandService,
    private readonly digests: DigestService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
  ) {
    super();
  }

  /**
   * Upserting the schedulers (rather than adding jobs) keeps one schedule however many workers start;
   * the first expiry run is immediate, digests wait for DIGEST_HOUR.
   */
  async onApplicationBootstrap(): Promise<void> {
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
  }

  async process(job: Job): Promise<{ expired: number } | { queued: number }> {
    switch (job.name) {
      case JobName.ExpireDemands:
        return this.expireDemands();
      case JobName.ScheduleDigests:
        return this.scheduleDigests();
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
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
}
