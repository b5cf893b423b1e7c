import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { NotificationsModule } from '#notifications';
import { ReportingDaily } from './daily/reporting-daily.js';
import { ReportingMeasures } from './measures/reporting-measures.js';
import { ReportExportService } from './report-export.service.js';
import { PeriodReportService } from './reports/period-report.service.js';
import { ReportNotifier } from './reports/report-notifier.js';
import { ServiceOrganizationsService } from './service-organizations.service.js';
import { StatisticsService } from './statistics.service.js';

const SERVICES = [
  StatisticsService,
  ReportingDaily,
  ReportingMeasures,
  ReportExportService,
  PeriodReportService,
  ServiceOrganizationsService,
  ReportNotifier,
];

/** Reporting: dashboards over the reporting_facts read model, 信息报送 reports with their exports and notices, the service organizations' directory. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: SERVICES,
  // The api mounts the context's controllers in its own module, so they reach these through the exports.
  exports: SERVICES,
})
export class ReportingModule {}
