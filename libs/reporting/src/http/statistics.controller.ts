import { Controller, Get, Header, Param, ParseEnumPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, ProblemResponses } from '#http';
import type { Actor } from '#identity';
import {
  FigureRecordsDto,
  OverviewDto,
  ReportExportQueryDto,
  StatisticsQueryDto,
} from '../dto/statistics.dto.js';
import { FIGURES, type Figure } from '../figures.js';
import { ReportExportService } from '../report-export.service.js';
import { StatisticsService } from '../statistics.service.js';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

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
  @ApiParam({ name: 'figure', enum: FIGURES })
  @ApiOkResponse({ type: FigureRecordsDto })
  @ProblemResponses(400, 401, 403)
  records(
    @CurrentActor() actor: Actor,
    @Param('figure', new ParseEnumPipe(Object.fromEntries(FIGURES.map((f) => [f, f])))) figure: Figure,
    @Query() query: StatisticsQueryDto,
  ) {
    return this.statistics.records(actor, figure, query);
  }

  @Get('reports/export')
  @ApiOperation({ summary: '信息报送: the period’s report as Excel or PDF' })
  @ApiProduces(TYPES.xlsx, TYPES.pdf)
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
    const name = `report-${period.from}-${period.to}.${format}`;
    void reply
      .header('Content-Type', TYPES[format])
      .header(
        'Content-Disposition',
        `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`信息报送-${period.from}-${period.to}.${format}`)}`,
      );
    return new StreamableFile(file);
  }
}
