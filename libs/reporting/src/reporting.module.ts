import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ReportExportService } from './report-export.service.js';
import { StatisticsService } from './statistics.service.js';

/** Reporting: dashboards over the reporting_facts read model and 信息报送 exports. */
@Module({
  imports: [IdentityModule],
  providers: [StatisticsService, ReportExportService],
  exports: [StatisticsService, ReportExportService],
})
export class ReportingModule {}
