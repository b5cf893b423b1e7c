import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { DateField, EnumField, IndustryCodeField, RegionCodeField, TechFieldField, UuidField } from '#core';
import { BREAKDOWNS, FIGURES, type Breakdown, type Figure } from '../figures.js';

/** The figure a drill-down lists the records of (a path parameter). */
export class FigureParamDto {
  @EnumField(FIGURES, { description: 'The figure whose records to list' })
  figure: Figure;
}

export class ReportFormatDto {
  @EnumField(['xlsx', 'pdf'] as const, { description: 'Excel or PDF (with an embedded Chinese font)' })
  format: 'xlsx' | 'pdf';
}

export class StatisticsQueryDto {
  @DateField({ description: 'First day of the period (Beijing date)' })
  from: string;

  @DateField({ description: 'Last day of the period, on or after `from`' })
  to: string;

  @RegionCodeField({
    optional: true,
    description: 'Narrow to a province, city or county (GB/T 2260) within the caller’s scope',
  })
  regionCode?: string;

  @IndustryCodeField({
    optional: true,
    description: 'Only records of organizations in this GB/T 4754 industry (a code and those under it)',
  })
  industryCode?: string;

  @TechFieldField({
    optional: true,
    description:
      'Only records of this technology field or its subfields; deals are the records that carry one today, ' +
      'so the other figures count none',
  })
  techField?: string;

  @UuidField({
    optional: true,
    description: 'Only the records this organization is party of, within the scope',
  })
  organizationId?: string;
}

export class ReportExportQueryDto extends IntersectionType(StatisticsQueryDto, ReportFormatDto) {}

export class StatisticsScopeDto {
  @ApiProperty({
    enum: ['platform', 'region', 'organization', 'enterprise'],
    description: 'organization: a society’s or service agency’s own records; enterprise: an enterprise’s own',
  })
  kind: 'platform' | 'region' | 'organization' | 'enterprise';
  @ApiProperty({ type: 'string', nullable: true, description: 'The region the figures are limited to' })
  regionCode: string | null;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'A service organization’s or an enterprise’s own',
  })
  organizationId: string | null;
}

export class FigureDto {
  @ApiProperty({ enum: FIGURES }) figure: Figure;
  @ApiProperty({ description: 'How many records' }) count: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description:
      'Sum in 万元 (deals, 技术合同成交额, financing raised), the average score (ratings), the median in hours ' +
      '(time to first match / contact, `count` being the demands measured); null otherwise',
  })
  amount: number | null;
}

export class DeclineReasonDto {
  @ApiProperty({
    description:
      'A decline reason code: too-early, budget-mismatch, wrong-field, region, already-solved, description-unclear, other',
  })
  reason: string;
  @ApiProperty({ description: 'How many matches declined for it' }) count: number;
}

export class BreakdownRowDto {
  @ApiProperty({
    description:
      'The value broken down by: a deal kind, a technology field code (`none` for no field), an organization ' +
      'type, an IP type, or a region code (a city for sellers, a province for buyers)',
  })
  key: string;
  @ApiProperty({ description: 'How many confirmed technology contracts' }) count: number;
  @ApiProperty({ description: 'Their contract value, 万元' }) amountWan: number;
}

export class BreakdownDto {
  @ApiProperty({ enum: BREAKDOWNS }) dimension: Breakdown;
  @ApiProperty({ type: [BreakdownRowDto], description: 'Largest value first' }) rows: BreakdownRowDto[];
}

export class OverviewDto {
  @ApiProperty({ type: StatisticsScopeDto }) scope: StatisticsScopeDto;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [FigureDto] }) figures: FigureDto[];
  @ApiProperty({ type: [String], description: 'Months of the period (YYYY-MM), for the charts' })
  months: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'number' } },
    description:
      'Per figure, its count in each month of `months` (for experts mobilized and enterprises served the ' +
      'distinct ones of the month, which need not add up to the period’s)',
  })
  monthly: Record<string, number[]>;
  @ApiProperty({
    type: [BreakdownDto],
    description:
      '技术合同成交额 (the records of `contract-value`) broken down, each dimension summing to the figure',
  })
  breakdowns: BreakdownDto[];
  @ApiProperty({
    type: [DeclineReasonDto],
    description: 'The records of `matches-declined` by reason, most first, summing to the figure',
  })
  declineReasons: DeclineReasonDto[];
  @ApiProperty({
    description:
      'Whether changes are still being counted into the medians and distinct counts (time to first match ' +
      'and contact, experts mobilized, enterprises served): those may be a few seconds behind the records ' +
      '(at most REPORTING_MEASURES_STALE_SECONDS); every other figure is exact',
  })
  measuresPending: boolean;
}

export class FigureRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    description:
      'What kind of record: demand, match, conversation, meeting, deal, visit, rating; expert or organization ' +
      '(an enterprise) for the distinct counts',
  })
  kind: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: '万元, the score of a rating, or the hours to the first match / contact',
  })
  amount: number | null;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description:
      'Title, project, place, comment, decline reason code, expert or enterprise name; a confidential demand ' +
      'or expert shows only its teaser',
  })
  label: string | null;
}

export class FigureRecordsDto {
  @ApiProperty({ description: 'All records behind the figure' }) total: number;
  @ApiProperty({ type: [FigureRecordDto], description: 'The newest 200' }) records: FigureRecordDto[];
}
