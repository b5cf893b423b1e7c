import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { ReportsController } from './http/reports.controller.js';
import { ServiceOrganizationsController } from './http/service-organizations.controller.js';
import { ReportingDailyCheckHandler } from './jobs/reporting-daily-check.handler.js';
import { ReportingMeasuresFreshenHandler } from './jobs/reporting-measures-freshen.handler.js';
import { StatisticsController } from './http/statistics.controller.js';
import { ReportNotifyHandler } from './jobs/report-notify.handler.js';
import { reportingMessages } from './reporting.messages.js';
import { ReportingModule } from './reporting.module.js';
import { PeriodReport } from './reports/period-report.entity.js';

/**
 * Reporting as the api and the worker see it: its saved reports and their notices, the reporting_facts
 * view and the reporting_daily aggregate its migrations make (plain tables kept by SQL, so no entities),
 * the nightly check of that aggregate, and the measured figures' re-count every few seconds.
 */
export const reportingContext: BoundedContext = {
  name: 'reporting',
  module: ReportingModule,
  entities: [PeriodReport],
  controllers: [StatisticsController, ReportsController, ServiceOrganizationsController],
  jobHandlers: [ReportingDailyCheckHandler, ReportingMeasuresFreshenHandler, ReportNotifyHandler],
  routes: {
    [EventType.ReportStatusChanged]: [JobName.NotifyReport],
  } satisfies EventRoutes,
  messages: reportingMessages,
};
