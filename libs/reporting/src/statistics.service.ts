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
 * breakdown columns (`tech_field` among them), `n` (records) and `amount`: the daily aggregate, or, when
 * a filter needs a record's parties (an organization, an industry, a society's or service agency's own
 * scope), the aggregate that also keys them by their `organization_ids` (ReportingDaily keeps both).
 */
const SOURCES = {
  daily: 'reporting_daily',
  parties: 'reporting_daily_parties',
} as const;

const RECORDS_LIMIT = 200;

/**
 * For a figure whose day no index serves (a meeting's is the day of its first record other than a
 * no-show), a condition implied by `day >= since` that an index does serve: such a meeting has a record on
 * or after that day. Without it the drill-down's newest meetings look at every meeting (0.6 s at the
 * issue's scale). As `IMPLIED_BY_DAY` does for the re-count (daily/reporting-daily.ts).
 */
const IMPLIED_SINCE: Partial<Record<Figure, (since: string) => string>> = {
  meetings: (since) =>
    `record_id = ANY(ARRAY(SELECT meeting_id FROM event_meeting_outcomes
                            WHERE (recorded_at AT TIME ZONE 'Asia/Shanghai')::date >= '${since}'::date))`,
};

/** A row of a drill-down, as read from a view. */
interface RecordRow {
  id: string;
  kind: string;
  day: string;
  region_code: string;
  amount: string | null;
  label: string | null;
}

/** A period of at most about five years keeps a dashboard query bounded. */
const MAX_DAYS = 1_900;

/** The prefix of the region codes within a province (2 digits), a city (4) or a county (6). */
const regionPrefix = (code: string) => code.replace(/(00)+$/, '');

/**
 * Dashboards computed from the stored records only, through the `reporting_facts` view (summed by day in
 * `reporting_daily` and `reporting_daily_parties`, {@link ReportingDaily}): one row per
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
    const industry = await this.industryOrganizations(query);
    const { where, params } = filter(scope, query, undefined, undefined, industry);
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
    await this.measure(scope, query, months, figures, monthly, industry);
    return {
      scope,
      from: query.from,
      to: query.to,
      figures,
      months,
      monthly,
      breakdowns: await this.breakdowns(scope, query, source, industry),
      declineReasons: await this.declineReasons(scope, query, industry),
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
    industry: readonly string[] | undefined,
  ): Promise<void> {
    const { where, params } = filter(scope, query, undefined, undefined, industry);
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
    industry: readonly string[] | undefined,
  ): Promise<DeclineReasonDto[]> {
    const { where, params } = filter(scope, query, 'matches-declined', undefined, industry);
    return this.dataSource.query<DeclineReasonDto[]>(
      `SELECT label AS reason, count(*)::int AS count FROM reporting_facts WHERE ${where}
        GROUP BY label ORDER BY count DESC, label`,
      params,
    );
  }

  /** The aggregate a scope and filters read, brought up to date first. */
  private async sourceFor(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
  ): Promise<keyof typeof SOURCES> {
    await this.daily.freshen();
    return scope.organizationId || query.organizationId || query.industryCode ? 'parties' : 'daily';
  }

  /**
   * The organizations of the industry filter (a 门类 letter takes its 大类 and below), read first: in a
   * constant array the filter's look-up is hashed, where a subquery's array (or `&&`) is searched element
   * by element for every row (at the scale 170 ms instead of 25 ms for a year's aggregate rows).
   */
  private async industryOrganizations(query: StatisticsQueryDto): Promise<string[] | undefined> {
    if (!query.industryCode) return undefined;
    const [{ ids }] = await this.dataSource.query<{ ids: string[] }[]>(
      `SELECT COALESCE(array_agg(id), '{}') AS ids FROM organizations WHERE industry_code = ANY($1::text[])`,
      [industryCodesWithin(query.industryCode)],
    );
    return ids!;
  }

  /** 技术合同成交额 by each dimension of {@link BREAKDOWNS}, from the same rows the figure counts. */
  private async breakdowns(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    source: keyof typeof SOURCES,
    industry: readonly string[] | undefined,
  ): Promise<BreakdownDto[]> {
    const { where, params } = filter(scope, query, 'contract-value', undefined, industry);
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
    const { where, params } = filter(scope, query, figure, ids, await this.industryOrganizations(query));
    // Ordered by the view's date, not by the text `day` of the output (the same order).
    const newest = (bound: string) =>
      this.dataSource.query<RecordRow[]>(
        `SELECT record_id AS id, kind, to_char(day, 'YYYY-MM-DD') AS day, region_code, amount::text, label
           FROM reporting_facts WHERE ${where} ${bound}
          ORDER BY reporting_facts.day DESC, record_id DESC LIMIT ${RECORDS_LIMIT}`,
        params,
      );
    let total: number;
    let rows: RecordRow[];
    if (MEASURED_FIGURES[figure]) {
      // A median's or a distinct count's records: no aggregate counts them by day; their read model does.
      ({ total, rows } = await this.measuredRecords(where, params));
    } else if (ids) {
      [{ total }] = await this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM reporting_facts WHERE ${where}`,
        params,
      );
      rows = await newest('');
    } else {
      // The view's ORDER BY … LIMIT reaches no branch's index (a UNION ALL of casts is sorted whole), but its
      // WHERE does: the aggregate gives the total and the oldest day the newest 200 records need, and the
      // view is read from that day on only, through the branch's day index.
      const [bounds] = await this.dataSource.query<{ total: number; since: string | null }[]>(
        `SELECT COALESCE(sum(n), 0)::int AS total,
                to_char(min(day) FILTER (WHERE newer - n < ${RECORDS_LIMIT}), 'YYYY-MM-DD') AS since
           FROM (SELECT day, sum(n) AS n, sum(sum(n)) OVER (ORDER BY day DESC) AS newer
                   FROM ${SOURCES[await this.sourceFor(scope, query)]} WHERE ${where} GROUP BY day) d`,
        params,
      );
      total = bounds!.total;
      const since = bounds!.since;
      rows = since
        ? await newest(`AND day >= '${since}'::date AND ${IMPLIED_SINCE[figure]?.(since) ?? 'TRUE'}`)
        : [];
      // Exact whatever the aggregate said: 200 rows from that day on are the newest 200; fewer, when more
      // exist, only after a write since the re-count — then the whole period, as before.
      if (rows.length < RECORDS_LIMIT && rows.length < total) rows = await newest('');
    }
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
      total,
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

  /**
   * The drill-down of a {@link MEASURED_FIGURES} figure (`where` selects it): each measured record for a
   * median, each distinct expert or enterprise once for a distinct count, with its latest row in the period
   * (the lowest region breaking a tie of days). The total and the newest 200 records come from the read
   * model (`reporting_measure_rows`, re-counted first), the total as the overview counts it; only then are
   * those records' rows of their latest day read from `reporting_measures`, for the display columns
   * (label, kind, amount) exactly as the view gives them — the branches' record and day indexes reach them.
   */
  private async measuredRecords(
    where: string,
    params: unknown[],
  ): Promise<{ total: number; rows: RecordRow[] }> {
    await this.measures.freshen();
    const newest = await this.dataSource.query<{ id: string; day: string; total: number }[]>(
      `SELECT record_id AS id, to_char(max(day), 'YYYY-MM-DD') AS day, (count(*) OVER ())::int AS total
         FROM reporting_measure_rows WHERE ${where}
        GROUP BY record_id ORDER BY max(day) DESC, record_id DESC LIMIT ${RECORDS_LIMIT}`,
      params,
    );
    if (newest.length === 0) return { total: 0, rows: [] };
    const p = params.length;
    const latest = await this.dataSource.query<RecordRow[]>(
      `SELECT DISTINCT ON (record_id) record_id AS id, kind, to_char(day, 'YYYY-MM-DD') AS day, region_code,
              amount::text, label
         FROM reporting_measures
        WHERE ${where} AND record_id = ANY($${p + 1}::uuid[]) AND day = ANY($${p + 2}::date[])
        ORDER BY record_id, day DESC, region_code`,
      [...params, newest.map((r) => r.id), [...new Set(newest.map((r) => r.day))]],
    );
    const byId = new Map(latest.map((row) => [row.id, row]));
    // A record whose row a write moved since the re-count is left out (the next read has it).
    const rows = newest.flatMap((r) => {
      const row = byId.get(r.id);
      return row && row.day === r.day ? [row] : [];
    });
    return { total: newest[0]!.total, rows };
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

/**
 * The WHERE clause of a scope and period (and figure), with its parameters: the same for the view and
 * both aggregates (an organization as `@>`, which the parties aggregate's GIN index serves). `industry`:
 * the organizations of the query's industry ({@link StatisticsService.industryOrganizations}).
 */
function filter(
  scope: StatisticsScopeDto,
  query: StatisticsQueryDto,
  figure?: Figure,
  ids?: readonly string[],
  industry?: readonly string[],
): { where: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const clauses = ['day BETWEEN $1 AND $2'];
  if (scope.regionCode) {
    params.push(`${regionPrefix(scope.regionCode)}%`);
    clauses.push(`region_code LIKE $${params.length}`);
  }
  if (scope.organizationId) {
    params.push(scope.organizationId);
    clauses.push(`organization_ids @> ARRAY[$${params.length}::uuid]`);
  }
  if (query.organizationId) {
    params.push(query.organizationId);
    clauses.push(`organization_ids @> ARRAY[$${params.length}::uuid]`);
  }
  if (industry) {
    // A record of an organization of the industry: any of its parties among them. The first three (as
    // many as any figure has today) each looked up in the hashed constant; a longer list's rest one by one.
    params.push(industry);
    const among = `ANY($${params.length}::uuid[])`;
    clauses.push(
      `(organization_ids[1] = ${among} OR organization_ids[2] = ${among} OR organization_ids[3] = ${among}
        OR cardinality(organization_ids) > 3
           AND EXISTS (SELECT 1 FROM unnest(organization_ids[4:]) party(id) WHERE party.id = ${among}))`,
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
