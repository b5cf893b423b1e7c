import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ReportingDaily } from './daily/reporting-daily.js';
import { ReportExportService } from './report-export.service.js';
import { PeriodReportService } from './reports/period-report.service.js';
import { ServiceOrganizationsService } from './service-organizations.service.js';
import { StatisticsService } from './statistics.service.js';

const SERVICES = [
  StatisticsService,
  ReportingDaily,
  ReportExportService,
  PeriodReportService,
  ServiceOrganizationsService,
];

/** Reporting: dashboards over the reporting_facts read model, 信息报送 reports and their exports, the service organizations' directory. */
@Module({
  imports: [IdentityModule],
  providers: SERVICES,
  // The api mounts the context's controllers in its own module, so they reach these through the exports.
  exports: SERVICES,
})
export class ReportingModule {}
