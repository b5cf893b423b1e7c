import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { EnumField, IntField, TextField } from '#core';
import {
  PERIOD_KINDS,
  REPORT_STATUSES,
  type PeriodKind,
  type ReportStatus,
} from '../reports/period-report.entity.js';
import { BreakdownDto, FigureDto, StatisticsScopeDto } from './statistics.dto.js';

export const MAX_CASES = 20;

export class CreatePeriodReportDto {
  @EnumField(PERIOD_KINDS, { description: 'A month, a quarter or a year' })
  periodKind: PeriodKind;

  @IntField({ min: 2000, max: 2100 })
  year: number;

  @IntField({
    min: 1,
    max: 12,
    optional: true,
    description: 'The month (1–12) or the quarter (1–4); left out for a year',
  })
  index?: number;

  @TextField({
    max: 200,
    optional: true,
    description: 'Defaults to the scope and period, e.g. 2026年第3季度信息报送',
  })
  title?: string;

  @TextField({ max: 4000, optional: true, description: 'The reporter’s summary of the period (工作总结)' })
  note?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    required: false,
    maxItems: MAX_CASES,
    description: 'Typical cases (典型案例): ids of records behind 技术合同成交额 in the period and scope',
  })
  @IsArray()
  @ArrayMaxSize(MAX_CASES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds: string[] = [];
}

export class ReviewPeriodReportDto {
  @TextField({ max: 2000, description: 'What the recipient asks to be changed (required to return)' })
  comment: string;
}

export class AcceptPeriodReportDto {
  @TextField({ max: 2000, optional: true, description: 'The recipient’s assessment (评估意见)' })
  comment?: string;
}

export class ReportCaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ type: 'string', nullable: true }) label: string | null;
  @ApiProperty({ type: 'number', nullable: true, description: '万元' }) amountWan: number | null;
  @ApiProperty() regionCode: string;
}

export class ReportFigureDto extends FigureDto {
  @ApiProperty({ description: 'The count computed from today’s records' }) currentCount: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'The amount computed from today’s records' })
  currentAmount: number | null;
}

/** A report as a list shows it. */
export class PeriodReportHeadingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '编号, e.g. XXBS-2026-000012' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PERIOD_KINDS }) periodKind: PeriodKind;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ format: 'uuid', description: 'The reporting organization' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'uuid', description: 'The organizer of the scope above' })
  recipientOrganizationId: string;
  @ApiProperty() recipientName: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: ReportStatus;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) reviewedAt: string | null;
}

export class PeriodReportDto extends PeriodReportHeadingDto {
  @ApiProperty({ type: StatisticsScopeDto }) scope: StatisticsScopeDto;
  @ApiProperty() note: string;
  @ApiProperty({
    type: [ReportFigureDto],
    description:
      'Once submitted, the figures as sent (frozen) beside those today’s records give; before, both are current',
  })
  figures: ReportFigureDto[];
  @ApiProperty({ description: 'Some current figure differs from the one sent' })
  changedSinceSubmission: boolean;
  @ApiProperty({ type: [BreakdownDto], description: '技术合同成交额 broken down, as sent once submitted' })
  breakdowns: BreakdownDto[];
  @ApiProperty({ type: [ReportCaseDto], description: 'Typical cases, as sent once submitted' })
  cases: ReportCaseDto[];
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'First opened by the recipient',
  })
  readAt: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The recipient’s comment (评估反馈)' })
  reviewComment: string | null;
  @ApiProperty({
    description: 'The caller may submit it (its organization’s owner or admin, draft or returned)',
  })
  canSubmit: boolean;
  @ApiProperty({
    description: 'The caller may return or accept it (the recipient’s owner or admin, submitted)',
  })
  canReview: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}
