import type { DataSource } from 'typeorm';
import { yuanToWan } from '#core';
import type {
  BreakdownDto,
  DeclineReasonDto,
  FigureDto,
  OverviewDto,
  StatisticsQueryDto,
  StatisticsScopeDto,
} from '../dto/statistics.dto.js';
import type { ReportingDaily } from '../daily/reporting-daily.js';
import { BREAKDOWNS, FIGURE_NAMES, FIGURES, type Breakdown, type Figure } from '../figures.js';
import { dashboardQuery } from '../dashboard-query.js';
import { MeasuredFigures } from './measured-figures.js';
import {
  filter,
  filterOf,
  industryOrganizations,
  sourceFor,
  SOURCES,
  type Source,
} from './statistics-filter.js';

/** An additive figure's count and sum (yuan, as text) in a month of the period. */
interface AdditiveRow {
  figure: Figure;
  month: string;
  n: number;
  amount: string | null;
}

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
 * The dashboard of a scope and period: every figure's total and monthly series from the daily aggregates
 * (the measured ones from their read model), 技术合同成交额 broken down and the decline reasons.
 */
export class StatisticsOverview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly daily: ReportingDaily,
    private readonly measured: MeasuredFigures,
  ) {}

  /**
   * Its four reads — the additive figures, the measured figures, the breakdowns and the decline reasons —
   * are independent, so they run at once, each on its own connection of the pool (each re-count, the daily
   * aggregate's and the measures' past their staleness bound, under its own lock): the overview costs its
   * slowest read, not their sum. Only the additive figures and the breakdowns read the daily aggregates,
   * so only they wait for its re-count of the days written since the last read; the others run beside it.
   */
  async overviewOf(scope: StatisticsScopeDto, query: StatisticsQueryDto): Promise<OverviewDto> {
    const industry = await industryOrganizations(this.dataSource, query);
    const [[rows, breakdowns], measured, declineReasons] = await Promise.all([
      this.additive(scope, query, industry),
      this.measured.overview(scope, query, industry),
      this.declineReasons(scope, query, industry),
    ]);
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
    MeasuredFigures.set(measured.rows, months, figures, monthly);
    return {
      scope,
      from: query.from,
      to: query.to,
      figures,
      months,
      monthly,
      breakdowns,
      declineReasons,
      measuresPending: measured.pending,
    };
  }

  /** The additive figures per figure and month, and the breakdowns, from the daily aggregates brought up to date. */
  private async additive(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    industry: readonly string[] | undefined,
  ): Promise<[AdditiveRow[], BreakdownDto[]]> {
    const source = await sourceFor(this.daily, scope, query);
    const { where, params } = filterOf(source, scope, query, undefined, industry);
    return Promise.all([
      dashboardQuery<AdditiveRow[]>(
        this.dataSource,
        `SELECT figure, to_char(day, 'YYYY-MM') AS month, sum(n)::int AS n, sum(amount)::text AS amount
           FROM ${SOURCES[source]} WHERE ${where} GROUP BY figure, month`,
        params,
      ),
      this.breakdowns(scope, query, source, industry),
    ]);
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

  /** The declined matches of the scope and period by the reason given, most given first. */
  private async declineReasons(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    industry: readonly string[] | undefined,
  ): Promise<DeclineReasonDto[]> {
    const { where, params } = filter(scope, query, 'matches-declined', undefined, industry);
    return dashboardQuery<DeclineReasonDto[]>(
      this.dataSource,
      `SELECT label AS reason, count(*)::int AS count FROM reporting_facts WHERE ${where}
        GROUP BY label ORDER BY count DESC, label`,
      params,
    );
  }

  /** 技术合同成交额 by each dimension of {@link BREAKDOWNS}, from the same rows the figure counts. */
  private async breakdowns(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    source: Source,
    industry: readonly string[] | undefined,
  ): Promise<BreakdownDto[]> {
    const { where, params } = filterOf(source, scope, query, 'contract-value', industry);
    const rows = await dashboardQuery<
      (Record<(typeof BREAKDOWN_COLUMNS)[Breakdown], string | null> & { n: number; amount: string })[]
    >(
      this.dataSource,
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
}

/** Every month (YYYY-MM) from `from` to `to`. */
function monthsOf(from: string, to: string): string[] {
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
