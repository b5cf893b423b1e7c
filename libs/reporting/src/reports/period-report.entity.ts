import { Column, Entity, Generated, Index } from 'typeorm';
import { AuthoredRow, OrganizationKey } from '#database';
import type { BreakdownDto, FigureDto, StatisticsScopeDto } from '../dto/statistics.dto.js';

/** Stored data: never rename a value. */
export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** draft → submitted → returned (→ submitted again) or accepted. Stored data: never rename a value. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A typical case (典型案例) the reporter picked: a technology contract the report's figure counted. */
export interface ReportCase {
  id: string;
  day: string;
  label: string | null;
  amountWan: number | null;
  regionCode: string;
}

/** What a report states, frozen when it is submitted so the recipient reads what was sent. */
export interface ReportContent {
  figures: FigureDto[];
  breakdowns: BreakdownDto[];
  cases: ReportCase[];
}

/**
 * 信息报送: a period report of one scope (an organizer's region, a society's or service agency's own
 * records), sent to the organizer of the scope above and returned with a comment or accepted there
 * (评估反馈). Its figures are computed, never typed; `frozen` keeps those of the last submission.
 */
@Entity('period_reports')
@Index('period_reports_organization_created', ['organizationId', 'createdAt'])
@Index('period_reports_recipient_status', ['recipientOrganizationId', 'status'])
export class PeriodReport extends AuthoredRow {
  /** The running number the report's 编号 is made of. */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  serial: number;

  /** The reporting organization. */
  @OrganizationKey()
  organizationId: string;

  /** The organizer of the scope above, fixed when the report is made. */
  @OrganizationKey()
  recipientOrganizationId: string;

  @Column({ type: 'jsonb' })
  scope: StatisticsScopeDto;

  @Column({ type: 'varchar', length: 8 })
  periodKind: PeriodKind;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The reporter's own words beside the figures (工作总结). */
  @Column({ type: 'varchar', length: 4000, default: '' })
  note: string;

  /** The contract-value records picked as typical cases, in the reporter's order. */
  @Column({ type: 'jsonb' })
  caseIds: string[];

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: ReportStatus;

  @Column({ type: 'jsonb', nullable: true })
  frozen: ReportContent | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** When a member of the recipient first opened the submission (已阅). */
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reviewComment: string | null;
}
