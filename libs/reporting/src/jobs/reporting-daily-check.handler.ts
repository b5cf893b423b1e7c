import { Injectable } from '@nestjs/common';
import { Handles, JobName, type JobSchedule, type SchedulesJobs } from '#queue';
import { ReportingDaily, type DailyCheckReport } from '../daily/reporting-daily.js';
import { ReportingMeasures } from '../measures/reporting-measures.js';

/**
 * Nightly, at 03:30 Beijing time (maintenance queue, scheduled like the digests): the dashboards'
 * aggregate checked against the view it sums, and the measured figures' read model against theirs
 * (`ReportingMeasures`). A difference is logged as an error, repaired on the next
 * read, and kept as the job's result (`differences`), which the queue's completed jobs show.
 */
@Injectable()
export class ReportingDailyCheckHandler implements SchedulesJobs {
  constructor(
    private readonly daily: ReportingDaily,
    private readonly measures: ReportingMeasures,
  ) {}

  schedules(): readonly JobSchedule[] {
    return [{ job: JobName.CheckReportingDaily, repeat: { pattern: '30 3 * * *', tz: 'Asia/Shanghai' } }];
  }

  @Handles(JobName.CheckReportingDaily)
  async check(): Promise<DailyCheckReport> {
    const daily = await this.daily.check();
    const measures = await this.measures.check();
    return {
      differences: daily.differences + measures.differences,
      sample: [...daily.sample, ...measures.sample].slice(0, 10),
    };
  }
}
