import type { DataSource } from 'typeorm';
import type { FigureDto, StatisticsQueryDto, StatisticsScopeDto } from '../dto/statistics.dto.js';
import { MEASURED_FIGURES } from '../figures.js';
import type { MeasureRow, ReportingMeasures } from '../measures/reporting-measures.js';
import { dashboardQuery } from '../dashboard-query.js';
import { RECORDS_LIMIT, type RecordRow } from './record-row.js';
import { filter, hoursOf, MONTH_COLUMNS } from './statistics-filter.js';

/**
 * Whether the measures' months (`reporting_measure_months`) can answer a scope's and query's filter: a record
 * counts in a month iff one of its rows there passes it, and the months keep the union of those rows'
 * parties, which passes one party condition (an organization among them, or one of an industry's) iff one
 * of the rows does — not two at once (a society's own scope and an organization or industry: the union may
 * hold both where no row does), and they have no technology field (no measured row has one today; the rows'
 * index of those that do answers such a filter at once).
 */
export function monthsAnswer(scope: StatisticsScopeDto, query: StatisticsQueryDto): boolean {
  const partyConditions = [scope.organizationId, query.organizationId, query.industryCode].filter(Boolean);
  return partyConditions.length <= 1 && !query.techField;
}

/**
 * The {@link MEASURED_FIGURES} (a median or a distinct count cannot be summed by day): the overview's
 * figures and monthly series and the drill-downs, read from their read model, {@link ReportingMeasures}.
 */
export class MeasuredFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: ReportingMeasures,
  ) {}

  /**
   * The measured figures of a scope and period, per month and (`month` null) for the period, as the
   * worker last re-counted them (`pending`: changes since, which it counts within seconds).
   */
  async overview(
    scope: StatisticsScopeDto,
    query: StatisticsQueryDto,
    industry: readonly string[] | undefined,
  ): Promise<{ rows: MeasureRow[]; pending: boolean }> {
    const { where, params } = filter(scope, query, undefined, undefined, industry);
    const months = monthsAnswer(scope, query)
      ? filter(scope, query, undefined, undefined, industry, MONTH_COLUMNS).where
      : null;
    const pending = await this.measures.freshenIfStale();
    return { rows: await this.measures.read(query, where, params, months), pending };
  }

  /**
   * The measured figures' rows set into the overview's `figures` and `monthly`: per month the records
   * measured, or the distinct ones of that month.
   */
  static set(
    rows: readonly MeasureRow[],
    months: string[],
    figures: FigureDto[],
    monthly: Record<string, number[]>,
  ): void {
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

  /**
   * The drill-down of a measured figure (`where` selects it): each measured record for a median, each
   * distinct expert or enterprise once for a distinct count, with its latest row in the period (the lowest
   * region breaking a tie of rows on that day), from the read model (`reporting_measure_rows`, as fresh as
   * the overview's: re-counted first only past the staleness bound, so its total is the overview's count),
   * which keeps the view's display columns (kind, label): one group per record, whose number is the total
   * as the overview counts it and whose newest 200 are the page; then those records' rows of their
   * latest days, those few days read once through the day index (their list a constant: with a join
   * condition instead, each record's day was read again, 0.8 k rows 200 times for enterprises served).
   */
  async records(where: string, params: unknown[]): Promise<{ total: number; rows: RecordRow[] }> {
    await this.measures.freshenIfStale();
    const rows = await dashboardQuery<(RecordRow & { total: number })[]>(
      this.dataSource,
      `WITH newest AS MATERIALIZED (
           SELECT record_id, max(day) AS latest, (count(*) OVER ())::int AS total
             FROM reporting_measure_rows WHERE ${where}
            GROUP BY record_id ORDER BY max(day) DESC, record_id DESC LIMIT ${RECORDS_LIMIT})
         SELECT DISTINCT ON (latest, record_id) record_id AS id, kind, to_char(day, 'YYYY-MM-DD') AS day,
                region_code, amount::text, label, total
           FROM reporting_measure_rows JOIN newest USING (record_id)
          WHERE ${where} AND day = latest AND day = ANY(ARRAY(SELECT DISTINCT latest FROM newest))
          ORDER BY latest DESC, record_id DESC, region_code`,
      params,
    );
    return { total: rows[0]?.total ?? 0, rows };
  }
}
