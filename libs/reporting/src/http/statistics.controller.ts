import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, ProblemResponses } from '#http';
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
import { REPORT_TYPES, sendReportFile } from './report-file.js';

/** Dashboards and 信息报送 exports, each limited to the caller's scope. Rules in docs/REPORTING.md. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/v1')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly exports: ReportExportService,
  ) {}

  @Get('statistics/overview')
  @ApiOperation({ summary: 'The figures of a period for the caller’s scope, with a monthly series each' })
  @ApiOkResponse({ type: OverviewDto })
  @ProblemResponses(400, 401, 403)
  overview(@CurrentActor() actor: Actor, @Query() query: StatisticsQueryDto) {
    return this.statistics.overview(actor, query);
  }

  @Get('statistics/:figure/records')
  @ApiOperation({ summary: 'Drill down: the records one figure counted' })
  @ApiOkResponse({ type: FigureRecordsDto })
  @ProblemResponses(400, 401, 403)
  records(
    @CurrentActor() actor: Actor,
    @Param() { figure }: FigureParamDto,
    @Query() query: StatisticsQueryDto,
  ) {
    return this.statistics.records(actor, figure, query);
  }

  @Get('reports/export')
  @ApiOperation({ summary: '信息报送: the period’s report as Excel or PDF' })
  @ApiProduces(REPORT_TYPES.xlsx, REPORT_TYPES.pdf)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The file' })
  @ProblemResponses(400, 401, 403)
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ReportExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { format, ...period } = query;
    const file = await this.exports.export(actor, period, format);
    return sendReportFile(reply, file, format, `${period.from}-${period.to}`);
  }
}
