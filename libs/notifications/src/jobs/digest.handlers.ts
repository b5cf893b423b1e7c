import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { Handles, JobName, type JobPayloads, type JobSchedule, type SchedulesJobs } from '#queue';
import { DigestScheduler } from '../digest/digest-scheduler.js';
import type { NotifyJobResult } from '../dispatch/notify-result.js';

/**
 * Daily digests: at DIGEST_HOUR (maintenance queue) one SendDigest job per user with pending items
 * (notifications queue), each sending that user's day once.
 */
@Injectable()
export class DigestHandlers implements SchedulesJobs {
  constructor(
    private readonly digests: DigestScheduler,
    private readonly config: AppConfig,
  ) {}

  schedules(): readonly JobSchedule[] {
    const { DIGEST_HOUR, DIGEST_TIMEZONE } = this.config;
    return [
      { job: JobName.ScheduleDigests, repeat: { pattern: `0 ${DIGEST_HOUR} * * *`, tz: DIGEST_TIMEZONE } },
    ];
  }

  @Handles(JobName.ScheduleDigests)
  async scheduleDigests(): Promise<{ queued: number }> {
    return { queued: await this.digests.scheduleToday() };
  }

  @Handles(JobName.SendDigest)
  async sendDigest(payload: JobPayloads[JobName.SendDigest]): Promise<NotifyJobResult> {
    const delivery = await this.digests.send(payload);
    return delivery ? { outcome: 'digest', delivery } : { outcome: 'skipped' };
  }
}
