import type { BoundedContext } from '#core';
import { ReportsController } from './http/reports.controller.js';
import { ServiceOrganizationsController } from './http/service-organizations.controller.js';
import { StatisticsController } from './http/statistics.controller.js';
import { reportingMessages } from './reporting.messages.js';
import { ReportingModule } from './reporting.module.js';
import { PeriodReport } from './reports/period-report.entity.js';

/** Reporting as the api sees it: its saved reports, and the reporting_facts view its migration makes. */
export const reportingContext: BoundedContext = {
  name: 'reporting',
  module: ReportingModule,
  entities: [PeriodReport],
  controllers: [StatisticsController, ReportsController, ServiceOrganizationsController],
  messages: reportingMessages,
};
