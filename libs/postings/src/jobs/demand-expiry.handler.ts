import { Injectable, Logger } from '@nestjs/common';
import { Handles, JobName, type JobSchedule, type SchedulesJobs } from '#queue';
import { DemandService } from '../demands/demand.service.js';

/** How often overdue demands are expired. Deadlines are dates, so a few minutes' delay is invisible. */
const EXPIRY_EVERY_MS = 5 * 60_000;

/** Closes demands past their deadline (maintenance queue); a run changes only what is still due. */
@Injectable()
export class DemandExpiryHandler implements SchedulesJobs {
  private readonly logger = new Logger(DemandExpiryHandler.name);

  constructor(private readonly demands: DemandService) {}

  schedules(): readonly JobSchedule[] {
    return [{ job: JobName.ExpireDemands, repeat: { every: EXPIRY_EVERY_MS } }];
  }

  @Handles(JobName.ExpireDemands)
  async expireDemands(): Promise<{ expired: number }> {
    const expired = await this.demands.expireOverdue();
    if (expired > 0) this.logger.log(`Expired ${expired} demand(s) past their deadline`);
    return { expired };
  }
}
