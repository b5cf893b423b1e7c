import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ForbiddenError,
  industryCodesWithin,
  techFieldWithSubfields,
  ValidationError,
  yuanToWan,
} from '#core';
import { OrganizationDirectory, type Actor } from '#identity';
import type {
  BreakdownDto,
  DeclineReasonDto,
  FigureDto,
  FigureRecordsDto,
  OverviewDto,
  StatisticsQueryDto,
  StatisticsScopeDto,
} from './dto/statistics.dto.js';
import { ReportingDaily } from './daily/reporting-daily.js';
import { ReportingMeasures } from './measures/reporting-measures.js';
import {
  BREAKDOWNS,
  FIGURE_NAMES,
  FIGURES,
  MEASURED_FIGURES,
  type Breakdown,
  type Figure,
} from './figures.js';

/** The column of the breakdown query each dimension reads. */
const BREAKDOWN_COLUMNS = {
  kind: 'deal_kind',
  'tech-field': 'tech_field',
  'seller-type': 'seller_type',
  'ip-type': 'ip_type',
  'seller-region': 'seller_region',
  'buyer-region': 'buyer_region',
} as const satisfies Record<Breakdown, string>;

/**
 * What a figure's count and sum are read from, both with the columns `day`, `region_code`, the deal
 * breakdown columns, `n` (records) and `amount`: the daily aggregate, or the view's rows (one each) when
 * a filter needs them (an organization, an industry, a technology field — the aggregate keeps none).
 */
const SOURCES = {
  daily: 'reporting_daily',
  rows: '(SELECT *, 1 AS n FROM reporting_facts) facts',
} as const;

const RECORDS_LIMIT = 200;
/** A period of at most about five years keeps a dashboard query bounded. */
const MAX_DAYS = 1_900;

/** The prefix of the region codes within a province (2 digits), a city (4) or a county (6). */
const regionPrefix = (code: string) => code.replace(/(00)+$/, '');

/**
 * Dashboards computed from the stored records only, through the `reporting_facts` view (summed by day in
 * `reporting_daily`, {@link ReportingDaily}, for the figures that need no row): one row per
 * countable record (a published demand, a match, a conversation, a deal both parties confirmed, a visit,
 * a rating) with its day, region, the organizations it belongs to and its amount. A figure is the count
 * (and sum) of its rows — or, for a measured one, the median or distinct count of its rows in
 * `reporting_measures` — so drilling down lists exactly the rows counted. Each viewer has one scope:
 * platform admins everything; an organizer (科协, 科技局) its region; a society, service agency or
 * enterprise what it is party of; anyone else nothing (403).
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly daily: ReportingDaily,
    private readonly measures: ReportingMeasures,
  ) {}

  async overview(actor: Actor, query: StatisticsQueryDto): Promise<OverviewDto> {
    return this.overviewOf(await this.scopeOf(actor, query), query);
  }

  /** The figures of a scope already decided (a saved report's), with no viewer to check. */
  async overviewOf(scope: StatisticsScopeDto, query: StatisticsQueryDto): Promise<OverviewDto> {
    const source = await this.sourceFor(scope, query);
    const { where, params } = filter(scope, query);
    const rows = await this.dataSource.query<
      { figure: Figure; month: string; n: number; amount: string | null }[]
    >(
      `SELECT figure, to_char(day, 'YYYY-MM') AS month, sum(n)::int AS n, sum(amount)::text AS amount
         FROM ${SOURCES[source]} WHERE ${where} GROUP BY figure, month`,
      params,
    );
    const months = monthsOf(query.from, query.to);
    const monthly = Object.fromEntries(FIGURES.map((f) => [f, months.map(() => 0)]));
    const totals = new Map<Figure, { count: number; amount: number }>();
    for (const row of rows) {
      monthly[row.figure]![months.indexOf(row.month)] = row.n;
      const total = totals.get(row.figure) ?? { count: 0, amount: 0 };
      totals.set(row.figure, { count: total.count + row.n, amount: total.amount + Number(row.amount ?? 0) });
    }
    const figures: FigureDto[] = FIGURES.map((figure) => {
      const total = totals.get(figure) ?? { count: 0, amount: 0 };
      const kind = FIGURE_NAMES[figure].amount;
      return {
        figure,
        count: total.count,
        amount:
          kind === 'wan'
            ? yuanToWan(String(total.amount))
            : kind === 'score' && total.count > 0
              ? Math.round((total.amount / total.count) * 100) / 100
              : null,
      };
    });
    await this.measure(scope, query, months, figures, monthly);
    return {
      scope,
      from: query.from,
      to: query.to,
      figures,
      months,
      monthly,
      breakdowns: await this.breakdowns(scope, query, source),
      declineReasons: await this.declineReasons(scope, query),
    };
  }

  /**
   * The {@link MEASURED_FIGURES}, computed from the rows of `reporting_measures` at read time (a median or
   * a distinct count cannot be summed by day) through their read model, {@link ReportingMeasures}, set
   * into `figures` and `monthly`: per month the records measured, or the distinct ones of that month.
   */
  private async measure(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    months: string[],
    figures: FigureDto[],
    monthly: Record<string, number[]>,
  ): Promise<void> {
    const { where, params } = filter(scope, query);
    const byRegion =
      !scope.organizationId && !query.organizationId && !query.industryCode && !query.techField;
    const rows = await this.measures.read(query, where, params, byRegion);
    for (const row of rows) {
      if (row.month !== null) {
        monthly[row.figure]![months.indexOf(row.month)] = row.n;
        continue;
      }
      const figure = figures.find((f) => f.figure === row.figure)!;
      figure.count = row.n;
      figure.amount = MEASURED_FIGURES[row.figure] === 'median' ? hoursOf(row.median) : null;
    }
  }

  /** The declined matches of the scope and period by the reason given, most given first. */
  private async declineReasons(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
  ): Promise<DeclineReasonDto[]> {
    const { where, params } = filter(scope, query, 'matches-declined');
    return this.dataSource.query<DeclineReasonDto[]>(
      `SELECT label AS reason, count(*)::int AS count FROM reporting_facts WHERE ${where}
        GROUP BY label ORDER BY count DESC, label`,
      params,
    );
  }

  /** The aggregate, brought up to date first, unless a filter needs the rows. */
  private async sourceFor(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
  ): Promise<keyof typeof SOURCES> {
    if (scope.organizationId || query.organizationId || query.industryCode || query.techField) return 'rows';
    await this.daily.freshen();
    return 'daily';
  }

  /** 技术合同成交额 by each dimension of {@link BREAKDOWNS}, from the same rows the figure counts. */
  private async breakdowns(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    source: keyof typeof SOURCES,
  ): Promise<BreakdownDto[]> {
    const { where, params } = filter(scope, query, 'contract-value');
    const rows = await this.dataSource.query<
      (Record<(typeof BREAKDOWN_COLUMNS)[Breakdown], string | null> & { n: number; amount: string })[]
    >(
      `SELECT deal_kind, tech_field, seller_type, ip_type, seller_region, buyer_region,
              sum(n)::int AS n, sum(amount)::text AS amount
         FROM (SELECT deal_kind, COALESCE(tech_field, 'none') AS tech_field, seller_type, ip_type,
                      left(region_code, 4) || '00' AS seller_region, left(buyer_region_code, 2) || '0000' AS buyer_region,
                      n, amount
                 FROM ${SOURCES[source]} WHERE ${where}) f
        GROUP BY GROUPING SETS ((deal_kind), (tech_field), (seller_type), (ip_type), (seller_region), (buyer_region))`,
      params,
    );
    return BREAKDOWNS.map((dimension) => ({
      dimension,
      rows: rows
        .filter((row) => row[BREAKDOWN_COLUMNS[dimension]] !== null)
        .map((row) => ({
          key: row[BREAKDOWN_COLUMNS[dimension]]!,
          count: row.n,
          amountWan: yuanToWan(row.amount) ?? 0,
        }))
        .sort((a, b) => b.amountWan - a.amountWan || a.key.localeCompare(b.key)),
    }));
  }

  /** Platform-wide counts of some figures for the public portal: no scope, no records, no amounts. */
  async platformCounts(figures: readonly Figure[]): Promise<Record<Figure, number>> {
    await this.daily.freshen();
    const rows = await this.dataSource.query<{ figure: Figure; n: number }[]>(
      `SELECT figure, sum(n)::int AS n FROM reporting_daily WHERE figure = ANY($1::text[]) GROUP BY figure`,
      [figures],
    );
    const counts = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<Figure, number>;
    for (const row of rows) counts[row.figure] = row.n;
    return counts;
  }

  /** The records behind one figure, newest first: what the viewer's scope counted, no more. */
  async records(actor: Actor, figure: Figure, query: StatisticsQueryDto): Promise<FigureRecordsDto> {
    return this.recordsOf(await this.scopeOf(actor, query), figure, query);
  }

  /** The records behind one figure of a scope already decided (only those of `ids` when given). */
  async recordsOf(
    scope: StatisticsScopeDto,
    figure: Figure,
    query: StatisticsQueryDto,
    ids?: readonly string[],
  ): Promise<FigureRecordsDto> {
    const { where, params } = filter(scope, query, figure, ids);
    const from = recordsFrom(figure, where);
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM ${from}`,
      params,
    );
    const rows = await this.dataSource.query<
      {
        id: string;
        kind: string;
        day: string;
        region_code: string;
        amount: string | null;
        label: string | null;
      }[]
    >(
      `SELECT record_id AS id, kind, to_char(day, 'YYYY-MM-DD') AS day, region_code, amount::text, label
         FROM ${from} ORDER BY day DESC, record_id DESC LIMIT ${RECORDS_LIMIT}`,
      params,
    );
    const kind = FIGURE_NAMES[figure].amount;
    const amountOf = (value: string | null) =>
      kind === 'wan'
        ? yuanToWan(value)
        : value === null
          ? null
          : kind === 'hours'
            ? hoursOf(Number(value))
            : Number(value);
    return {
      total: total!,
      records: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        day: r.day,
        regionCode: r.region_code,
        amount: amountOf(r.amount),
        label: r.label,
      })),
    };
  }

  /** The viewer's scope; a region asked for must lie within it. */
  async scopeOf(actor: Actor, query: StatisticsQueryDto): Promise<StatisticsScopeDto> {
    if (query.to < query.from) throw new ValidationError([{ field: 'to', code: 'before-start' }]);
    if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_DAYS)
      throw new ValidationError([{ field: 'from', code: 'period-too-long' }]);
    if (!actor.organizationId) {
      if (actor.platformRole === 'admin')
        return { kind: 'platform', regionCode: query.regionCode ?? null, organizationId: null };
      throw new ForbiddenError('no-statistics-scope');
    }
    const organization = (await this.organizations.summaries([actor.organizationId])).get(
      actor.organizationId,
    )!;
    if (organization.type === 'organizer') {
      if (query.regionCode && !query.regionCode.startsWith(regionPrefix(organization.regionCode)))
        throw new ForbiddenError('outside-scope');
      return {
        kind: 'region',
        regionCode: query.regionCode ?? organization.regionCode,
        organizationId: null,
      };
    }
    if (organization.type === 'society' || organization.type === 'service_agency')
      return { kind: 'organization', regionCode: query.regionCode ?? null, organizationId: organization.id };
    // An enterprise sees the records it is party of, as a service organization does (issue 18).
    if (organization.type === 'enterprise')
      return { kind: 'enterprise', regionCode: query.regionCode ?? null, organizationId: organization.id };
    throw new ForbiddenError('no-statistics-scope');
  }
}

/** The WHERE clause of a scope and period (and figure), with its parameters. */
function filter(
  scope: StatisticsScopeDto,
  query: StatisticsQueryDto,
  figure?: Figure,
  ids?: readonly string[],
): { where: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const clauses = ['day BETWEEN $1 AND $2'];
  if (scope.regionCode) {
    params.push(`${regionPrefix(scope.regionCode)}%`);
    clauses.push(`region_code LIKE $${params.length}`);
  }
  if (scope.organizationId) {
    params.push(scope.organizationId);
    clauses.push(`$${params.length}::uuid = ANY(organization_ids)`);
  }
  if (query.organizationId) {
    params.push(query.organizationId);
    clauses.push(`$${params.length}::uuid = ANY(organization_ids)`);
  }
  if (query.industryCode) {
    // The organizations of the industry, read in the same statement: the view already joins identity's table.
    params.push(industryCodesWithin(query.industryCode));
    clauses.push(
      `organization_ids && ARRAY(SELECT id FROM organizations WHERE industry_code = ANY($${params.length}::text[]))`,
    );
  }
  if (query.techField) {
    params.push(techFieldWithSubfields(query.techField));
    clauses.push(`tech_field = ANY($${params.length}::text[])`);
  }
  if (figure) {
    params.push(figure);
    clauses.push(`figure = $${params.length}`);
  }
  if (ids) {
    params.push(ids);
    clauses.push(`record_id = ANY($${params.length}::uuid[])`);
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * The rows a drill-down lists: those of `reporting_facts`, or of `reporting_measures` for a measured
 * figure — one per distinct expert or enterprise (its latest row in the period) for a distinct count.
 */
function recordsFrom(figure: Figure, where: string): string {
  const measured = MEASURED_FIGURES[figure];
  if (!measured) return `reporting_facts WHERE ${where}`;
  if (measured === 'median') return `reporting_measures WHERE ${where}`;
  return `(SELECT DISTINCT ON (record_id) * FROM reporting_measures WHERE ${where}
            ORDER BY record_id, day DESC) distinct_records`;
}

/** Seconds as hours, to one decimal. */
const hoursOf = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 360) / 10);

/** Every month (YYYY-MM) from `from` to `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
