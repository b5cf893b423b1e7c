import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { Handles, JobName, type JobSchedule, type SchedulesJobs } from '#queue';
import { ReportingMeasures } from '../measures/reporting-measures.js';

/**
 * Every REPORTING_MEASURES_FRESHEN_SECONDS (maintenance queue): the measured figures' dirty days
 * re-counted, so the dashboards read them without waiting for it (`ReportingMeasures.freshenIfStale`).
 * The dirty keys are rows in PostgreSQL, so a run lost with Redis or a killed worker only delays the
 * next; a re-count already running elsewhere (a read past the staleness bound, the nightly check,
 * another worker) is not waited for: its run counts what this one would have.
 */
@Injectable()
export class ReportingMeasuresFreshenHandler implements SchedulesJobs {
  constructor(
    private readonly measures: ReportingMeasures,
    private readonly config: AppConfig,
  ) {}

  schedules(): readonly JobSchedule[] {
    return [
      {
        job: JobName.FreshenReportingMeasures,
        repeat: { every: this.config.REPORTING_MEASURES_FRESHEN_SECONDS * 1_000 },
        // The next run is the retry, and tens of thousands of runs a day must not push the nightly
        // check's result out of the queue's kept jobs: none kept once done, a few failures for inspection.
        options: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    ];
  }

  @Handles(JobName.FreshenReportingMeasures)
  async freshen(): Promise<{ recounted: number }> {
    return { recounted: await this.measures.freshen({ wait: false }) };
  }
}
