import { Param, Query } from '@nestjs/common';
import { ApiController, CurrentActor, FileDownload, ReadRoute } from '#http';
import type { Actor } from '#identity';
import {
  FigureParamDto,
  FigureRecordsDto,
  OverviewDto,
  ReportExportQueryDto,
  StatisticsQueryDto,
} from '../dto/statistics.dto.js';
import { ReportExportService } from '../report-export.service.js';
import { StatisticsService } from '../statistics.service.js';
import { REPORT_FILE_TYPES, reportFile } from './report-file.js';

/** Dashboards and 信息报送 exports, each limited to the caller's scope. Rules in docs/REPORTING.md. */
@ApiController('reporting', 'api/v1')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly exports: ReportExportService,
  ) {}

  @ReadRoute('statistics/overview', OverviewDto, {
    problems: [400, 401, 403],
    operation: { summary: 'The figures of a period for the caller’s scope, with a monthly series each' },
  })
  overview(@CurrentActor() actor: Actor, @Query() query: StatisticsQueryDto) {
    return this.statistics.overview(actor, query);
  }

  @ReadRoute('statistics/:figure/records', FigureRecordsDto, {
    problems: [400, 401, 403],
    operation: { summary: 'Drill down: the records one figure counted' },
  })
  records(
    @CurrentActor() actor: Actor,
    @Param() { figure }: FigureParamDto,
    @Query() query: StatisticsQueryDto,
  ) {
    return this.statistics.records(actor, figure, query);
  }

  @FileDownload('reports/export', REPORT_FILE_TYPES, {
    summary: '信息报送: the period’s report as Excel or PDF',
    description: 'The file',
    problems: [400, 401, 403],
  })
  async export(@CurrentActor() actor: Actor, @Query() query: ReportExportQueryDto) {
    const { format, ...period } = query;
    const file = await this.exports.export(actor, period, format);
    return reportFile(file, format, `${period.from}-${period.to}`);
  }
}
