import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { DemandService } from '#postings';
import { JobName, QueueName } from '#queue';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

/** Repeatable housekeeping. Each run is safe to repeat: it changes only what is still due. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.ExpireDemands];
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly demands: DemandService,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
  ) {
    super();
  }

  /**
   * Upserting the scheduler (rather than adding a job) keeps one schedule however many workers start;
   * the first run is immediate.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.ExpireDemands,
      { every: EXPIRY_EVERY_MS },
      { name: JobName.ExpireDemands },
    );
  }

  async process(job: Job): Promise<{ expired: number }> {
    if (job.name !== JobName.ExpireDemands) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const expired = await this.demands.expireOverdue();
    if (expired > 0) this.logger.log(`Expired ${expired} demand(s) past their deadline`);
    return { expired };
  }
}
