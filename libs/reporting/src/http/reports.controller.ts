import { Body, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  FileDownload,
  ProblemResponses,
  ReadRoute,
  UuidParam,
} from '#http';
import type { Actor } from '#identity';
import {
  AcceptPeriodReportDto,
  CreatePeriodReportDto,
  PeriodReportDto,
  PeriodReportHeadingDto,
  ReviewPeriodReportDto,
} from '../dto/period-report.dto.js';
import { ReportFormatDto } from '../dto/statistics.dto.js';
import { ReportExportService } from '../report-export.service.js';
import { PeriodReportService } from '../reports/period-report.service.js';
import { REPORT_FILE_TYPES, reportFile } from './report-file.js';

/**
 * 信息报送 and 评估反馈: saved period reports, submitted to the organizer of the scope above and returned
 * with a comment or accepted there. Rules in docs/REPORTING.md.
 */
@ApiController('reporting', 'api/v1/reports')
export class ReportsController {
  constructor(
    private readonly reports: PeriodReportService,
    private readonly exports: ReportExportService,
  ) {}

  @ReadRoute(undefined, [PeriodReportHeadingDto], {
    problems: [401],
    description: 'The acting organization’s reports and those submitted to it, newest first, at most 200',
  })
  list(@CurrentActor() actor: Actor) {
    return this.reports.list(actor);
  }

  @CreateRoute(undefined, PeriodReportDto, {
    problems: [400, 401, 403, 409],
    operation: { summary: 'Save a period report of the acting organization’s scope (a draft)' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePeriodReportDto) {
    return this.reports.create(actor, body);
  }

  @ReadRoute(':id', PeriodReportDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.reports.get(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft or returned report to the scope above, freezing its figures' })
  @ApiOkResponse({ type: PeriodReportDto })
  @ProblemResponses(401, 403, 404, 409)
  submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.reports.submit(actor, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: '评估反馈: return a submitted report with a comment' })
  @ApiOkResponse({ type: PeriodReportDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  returnReport(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: ReviewPeriodReportDto,
  ) {
    return this.reports.review(actor, id, 'returned', body.comment);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '评估反馈: accept a submitted report' })
  @ApiOkResponse({ type: PeriodReportDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: AcceptPeriodReportDto) {
    return this.reports.review(actor, id, 'accepted', body.comment);
  }

  @FileDownload(':id/export', REPORT_FILE_TYPES, {
    summary: 'The report as Excel or PDF: as sent once submitted, with today’s figures beside',
    description: 'The file',
    problems: [400, 401, 404],
  })
  async export(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() { format }: ReportFormatDto,
  ) {
    const report = await this.reports.get(actor, id);
    const file = await this.exports.exportReport(report, format);
    return reportFile(file, format, report.number);
  }
}
