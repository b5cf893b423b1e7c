import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#core';
import { inTransaction } from '#database';
import { addOutboxEvent, EventType } from '#queue';
import { AuditService, OrganizationDirectory, roleIn, type Actor, type OrganizationSummary } from '#identity';
import type {
  CreatePeriodReportDto,
  PeriodReportDto,
  PeriodReportHeadingDto,
  ReportFigureDto,
} from '../dto/period-report.dto.js';
import type { FigureDto, StatisticsQueryDto } from '../dto/statistics.dto.js';
import { StatisticsService } from '../statistics.service.js';
import {
  PeriodReport,
  type ReportCase,
  type ReportContent,
  type ReportStatus,
} from './period-report.entity.js';
import { periodName, periodOf } from './report-period.js';

const LIST_LIMIT = 200;
/** Beijing's calendar day, the one periods are counted in. */
const beijingToday = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
/** The prefix of the region codes within a province (2 digits), a city (4) or a county (6). */
const regionPrefix = (code: string) => code.replace(/(00)+$/, '');
const manages = (actor: Actor, organizationId: string) =>
  ['owner', 'admin'].includes(roleIn(actor, organizationId) ?? '');

/**
 * 信息报送 and 评估反馈: a period report of the reporter's statistics scope, sent to the organizer of the
 * scope above (a county's or city's organizer to the next organizer up; a society or service agency to
 * the nearest organizer of its region) and returned with a comment or accepted there. The figures are
 * computed from records; submitting freezes them, so the recipient reads what was sent, beside what the
 * records give today. Members of the reporting organization read their reports, members of the recipient
 * those submitted to it, platform admins all; for anyone else a report does not exist (404). Submitting,
 * returning and accepting speak for an organization: its owner or an admin.
 */
@Injectable()
export class PeriodReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statistics: StatisticsService,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreatePeriodReportDto, now = new Date()): Promise<PeriodReportDto> {
    const period = periodOf(input.periodKind, input.year, input.index);
    if ('field' in period) throw new ValidationError([period]);
    if (period.from > beijingToday(now))
      throw new ValidationError([
        { field: input.periodKind === 'year' ? 'year' : 'index', code: 'period-not-started' },
      ]);
    if (!actor.organizationId) throw new ForbiddenError('no-statistics-scope');
    const scope = await this.statistics.scopeOf(actor, period);
    // An enterprise has a dashboard of its own records, but reports to no one (issue 18).
    if (scope.kind === 'enterprise') throw new ForbiddenError('no-statistics-scope');
    const reporter = (await this.organizations.summary(actor.organizationId))!;
    const recipient = await this.recipientOf(reporter);
    if (!recipient) throw new ConflictError('no-report-recipient');
    const cases = await this.statistics.recordsOf(scope, 'contract-value', period, input.caseIds);
    const missing = input.caseIds.findIndex((id) => !cases.records.some((record) => record.id === id));
    if (missing >= 0)
      throw new ValidationError([{ field: `caseIds.${missing}`, code: 'case-not-in-period' }]);

    const id = await inTransaction(this.dataSource, async (manager) => {
      const { identifiers } = await manager.insert(PeriodReport, {
        organizationId: reporter.id,
        recipientOrganizationId: recipient.id,
        scope,
        periodKind: input.periodKind,
        periodStart: period.from,
        periodEnd: period.to,
        title: input.title ?? `${reporter.name}${periodName(input.periodKind, period.from)}信息报送`,
        note: input.note ?? '',
        caseIds: input.caseIds,
        createdBy: actor.userId,
      });
      const reportId = (identifiers[0] as { id: string }).id;
      await this.audit.record(manager, this.entry(actor, 'report.created', reportId, reporter.id));
      return reportId;
    });
    return this.get(actor, id, now);
  }

  /** The acting organization's reports and those submitted to it (every organization of the caller's without one). */
  async list(actor: Actor): Promise<PeriodReportHeadingDto[]> {
    const mine = actor.organizationId ? [actor.organizationId] : [...actor.memberships.keys()];
    const everything = !actor.organizationId && actor.platformRole === 'admin';
    const reports = await this.dataSource
      .getRepository(PeriodReport)
      .createQueryBuilder('r')
      .where(
        everything
          ? `r.status <> 'draft' OR r.organization_id = ANY(:mine)`
          : `r.organization_id = ANY(:mine) OR (r.recipient_organization_id = ANY(:mine) AND r.status <> 'draft')`,
        { mine },
      )
      .orderBy('r.created_at', 'DESC')
      .limit(LIST_LIMIT)
      .getMany();
    const names = await this.names(reports);
    return reports.map((report) => this.heading(report, names));
  }

  /** One report as the caller may see it; the recipient's first look marks it read (已阅). */
  async get(actor: Actor, id: string, now = new Date()): Promise<PeriodReportDto> {
    const report = await this.visible(actor, id);
    if (
      report.status === 'submitted' &&
      !report.readAt &&
      actor.memberships.has(report.recipientOrganizationId)
    ) {
      await this.dataSource
        .getRepository(PeriodReport)
        .update({ id, status: 'submitted', readAt: IsNull() }, { readAt: now });
      report.readAt = now;
    }
    return this.present(actor, report);
  }

  /** Sends a draft or a returned report, freezing the figures, breakdowns and cases it states. */
  async submit(actor: Actor, id: string, now = new Date()): Promise<PeriodReportDto> {
    const report = await this.visible(actor, id);
    if (!manages(actor, report.organizationId)) throw new ForbiddenError('not-report-manager');
    if (report.status !== 'draft' && report.status !== 'returned')
      throw new ConflictError('report-not-submittable');
    const frozen = await this.currentContent(report);
    await this.transition(
      actor,
      report,
      ['draft', 'returned'],
      'report.submitted',
      'report-not-submittable',
      {
        status: 'submitted',
        frozen,
        submittedAt: now,
        readAt: null,
        reviewedAt: null,
        reviewedBy: null,
        reviewComment: null,
      },
      now,
    );
    return this.get(actor, id, now);
  }

  /** 评估反馈: the recipient returns a submitted report with a comment, or accepts it. */
  async review(
    actor: Actor,
    id: string,
    verdict: 'returned' | 'accepted',
    comment: string | undefined,
    now = new Date(),
  ): Promise<PeriodReportDto> {
    const report = await this.visible(actor, id);
    if (!manages(actor, report.recipientOrganizationId)) throw new ForbiddenError('not-report-manager');
    if (report.status !== 'submitted') throw new ConflictError('report-not-under-review');
    await this.transition(
      actor,
      report,
      ['submitted'],
      `report.${verdict}`,
      'report-not-under-review',
      {
        status: verdict,
        readAt: report.readAt ?? now,
        reviewedAt: now,
        reviewedBy: actor.userId,
        reviewComment: comment ?? null,
      },
      now,
    );
    return this.get(actor, id, now);
  }

  /**
   * Applies a change only if the report is still in one of `from` (a concurrent review or submission
   * loses with 409 instead of overwriting), with its audit entry and the outbox event that tells the
   * other side (ReportNotifier) in the same transaction.
   */
  private async transition(
    actor: Actor,
    report: PeriodReport,
    from: ReportStatus[],
    action: string,
    conflict: string,
    change: Partial<PeriodReport> & { status: Exclude<ReportStatus, 'draft'> },
    now: Date,
  ) {
    await inTransaction(this.dataSource, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PeriodReport)
        .set(change as object)
        .where('id = :id AND status IN (:...from)', { id: report.id, from })
        .execute();
      if (result.affected !== 1) throw new ConflictError(conflict);
      await this.audit.record(manager, {
        ...this.entry(actor, action, report.id, actor.organizationId),
        data: { comment: change.reviewComment ?? undefined },
      });
      await addOutboxEvent(manager, EventType.ReportStatusChanged, {
        reportId: report.id,
        status: change.status,
        comment: change.reviewComment ?? null,
        at: now.toISOString(),
      });
    });
  }

  private entry(actor: Actor, action: string, reportId: string, organizationId: string | null) {
    return {
      action,
      subjectType: 'period-report',
      subjectId: reportId,
      actorUserId: actor.userId,
      organizationId,
      ip: actor.ip,
    };
  }

  private async visible(actor: Actor, id: string): Promise<PeriodReport> {
    const report = await this.dataSource.getRepository(PeriodReport).findOneBy({ id });
    const sees =
      report &&
      (actor.platformRole === 'admin' ||
        actor.memberships.has(report.organizationId) ||
        (actor.memberships.has(report.recipientOrganizationId) && report.status !== 'draft'));
    if (!sees) throw new NotFoundError('report-not-found');
    return report;
  }

  /**
   * The verified organizer of the nearest region above the reporter: for an organizer, one whose region
   * strictly contains its own; for a society or service agency, one whose region contains its own.
   */
  private async recipientOf(reporter: OrganizationSummary): Promise<OrganizationSummary | null> {
    const own = regionPrefix(reporter.regionCode);
    const organizers = await this.organizations.listVerified(
      { type: 'organizer', regionPrefix: own.slice(0, 2) },
      null,
      LIST_LIMIT,
    );
    const above = organizers.filter((o) => {
      const prefix = regionPrefix(o.regionCode);
      return (
        o.id !== reporter.id && own.startsWith(prefix) && (reporter.type !== 'organizer' || prefix !== own)
      );
    });
    return (
      above.sort((a, b) => regionPrefix(b.regionCode).length - regionPrefix(a.regionCode).length)[0] ?? null
    );
  }

  private period(report: PeriodReport): StatisticsQueryDto {
    return { from: report.periodStart, to: report.periodEnd };
  }

  private async currentContent(report: PeriodReport): Promise<ReportContent> {
    const period = this.period(report);
    await this.statistics.settle();
    const overview = await this.statistics.overviewOf(report.scope, period);
    const { records } = await this.statistics.recordsOf(
      report.scope,
      'contract-value',
      period,
      report.caseIds,
    );
    const cases: ReportCase[] = report.caseIds.flatMap((id) => {
      const record = records.find((r) => r.id === id);
      return record
        ? [
            {
              id,
              day: record.day,
              label: record.label,
              amountWan: record.amount,
              regionCode: record.regionCode,
            },
          ]
        : [];
    });
    return { figures: overview.figures, breakdowns: overview.breakdowns, cases };
  }

  private async names(reports: PeriodReport[]): Promise<Map<string, OrganizationSummary>> {
    return this.organizations.summaries(
      reports.flatMap((r) => [r.organizationId, r.recipientOrganizationId]),
    );
  }

  private heading(report: PeriodReport, names: Map<string, OrganizationSummary>) {
    return {
      id: report.id,
      number: `XXBS-${report.periodStart.slice(0, 4)}-${String(report.serial).padStart(6, '0')}`,
      title: report.title,
      periodKind: report.periodKind,
      from: report.periodStart,
      to: report.periodEnd,
      organizationId: report.organizationId,
      organizationName: names.get(report.organizationId)?.name ?? '',
      recipientOrganizationId: report.recipientOrganizationId,
      recipientName: names.get(report.recipientOrganizationId)?.name ?? '',
      status: report.status,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
    };
  }

  private async present(actor: Actor, report: PeriodReport): Promise<PeriodReportDto> {
    const current = await this.currentContent(report);
    const stated = report.frozen ?? current;
    const figures: ReportFigureDto[] = stated.figures.map((figure: FigureDto) => {
      const now = current.figures.find((f) => f.figure === figure.figure)!;
      return { ...figure, currentCount: now.count, currentAmount: now.amount };
    });
    return {
      ...this.heading(report, await this.names([report])),
      scope: report.scope,
      note: report.note,
      figures,
      changedSinceSubmission: figures.some((f) => f.count !== f.currentCount || f.amount !== f.currentAmount),
      breakdowns: stated.breakdowns,
      cases: stated.cases,
      readAt: report.readAt?.toISOString() ?? null,
      reviewComment: report.reviewComment,
      canSubmit: manages(actor, report.organizationId) && ['draft', 'returned'].includes(report.status),
      canReview: manages(actor, report.recipientOrganizationId) && report.status === 'submitted',
      createdAt: report.createdAt.toISOString(),
    };
  }
}
