import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ReportExportService } from './report-export.service.js';
import { PeriodReportService } from './reports/period-report.service.js';
import { StatisticsService } from './statistics.service.js';

/** Reporting: dashboards over the reporting_facts read model, 信息报送 reports and their exports. */
@Module({
  imports: [IdentityModule],
  providers: [StatisticsService, ReportExportService, PeriodReportService],
  exports: [StatisticsService, ReportExportService, PeriodReportService],
})
export class ReportingModule {}
