import type { DataSource } from 'typeorm';
import type { FigureDto, StatisticsQueryDto, StatisticsScopeDto } from '../dto/statistics.dto.js';
import { MEASURED_FIGURES } from '../figures.js';
import type { ReportingMeasures } from '../measures/reporting-measures.js';
import { RECORDS_LIMIT, type RecordRow } from './record-row.js';
import { filter, hoursOf } from './statistics-filter.js';

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
   * The measured figures of a scope and period, set into `figures` and `monthly`: per month the records
   * measured, or the distinct ones of that month.
   */
  async overview(
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

  /**
   * The drill-down of a measured figure (`where` selects it): each measured record for a median, each
   * distinct expert or enterprise once for a distinct count, with its latest row in the period (the lowest
   * region breaking a tie of days). The total and the newest 200 records come from the read model
   * (`reporting_measure_rows`, re-counted first), the total as the overview counts it; only then are
   * those records' rows of their latest day read from `reporting_measures`, for the display columns
   * (label, kind, amount) exactly as the view gives them — the branches' record and day indexes reach them.
   */
  async records(where: string, params: unknown[]): Promise<{ total: number; rows: RecordRow[] }> {
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
}
