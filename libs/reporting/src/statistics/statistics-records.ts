import type { DataSource } from 'typeorm';
import { yuanToWan } from '#core';
import type { FigureRecordsDto, StatisticsQueryDto, StatisticsScopeDto } from '../dto/statistics.dto.js';
import type { ReportingDaily } from '../daily/reporting-daily.js';
import { FIGURE_NAMES, MEASURED_FIGURES, type Figure } from '../figures.js';
import type { MeasuredFigures } from './measured-figures.js';
import { RECORDS_LIMIT, type RecordRow } from './record-row.js';
import { filter, filterOf, hoursOf, industryOrganizations, sourceFor, SOURCES } from './statistics-filter.js';

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

/** The drill-down: the records behind one figure, newest first, exactly those the figure counts. */
export class StatisticsRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly daily: ReportingDaily,
    private readonly measured: MeasuredFigures,
  ) {}

  /** The records behind one figure of a scope already decided (only those of `ids` when given). */
  async recordsOf(
    scope: StatisticsScopeDto,
    figure: Figure,
    query: StatisticsQueryDto,
    ids?: readonly string[],
  ): Promise<FigureRecordsDto> {
    const industry = await industryOrganizations(this.dataSource, query);
    const { where, params } = filter(scope, query, figure, ids, industry);
    let total: number;
    let rows: RecordRow[];
    if (MEASURED_FIGURES[figure]) {
      // A median's or a distinct count's records: no aggregate counts them by day; their read model does.
      ({ total, rows } = await this.measured.records(where, params));
    } else if (ids) {
      [{ total }] = await this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM reporting_facts WHERE ${where}`,
        params,
      );
      rows = await this.newest(where, params, '');
    } else {
      ({ total, rows } = await this.newestOfDays(scope, figure, query, industry, where, params));
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
   * The total and the newest records of an additive figure. The view's ORDER BY … LIMIT reaches no
   * branch's index (a UNION ALL of casts is sorted whole), but its WHERE does: the aggregate the overview
   * reads gives the total and the oldest day the newest 200 records need, and the view is read from that
   * day on only, through the branch's day index.
   */
  private async newestOfDays(
    scope: StatisticsScopeDto,
    figure: Figure,
    query: StatisticsQueryDto,
    industry: readonly string[] | undefined,
    where: string,
    params: unknown[],
  ): Promise<{ total: number; rows: RecordRow[] }> {
    const source = await sourceFor(this.daily, scope, query);
    const days = filterOf(source, scope, query, figure, industry);
    const [bounds] = await this.dataSource.query<{ total: number; since: string | null }[]>(
      `SELECT COALESCE(sum(n), 0)::int AS total,
              to_char(min(day) FILTER (WHERE newer - n < ${RECORDS_LIMIT}), 'YYYY-MM-DD') AS since
         FROM (SELECT day, sum(n) AS n, sum(sum(n)) OVER (ORDER BY day DESC) AS newer
                 FROM ${SOURCES[source]} WHERE ${days.where} GROUP BY day) d`,
      days.params,
    );
    const { total, since } = bounds!;
    let rows = since
      ? await this.newest(
          where,
          params,
          `AND day >= '${since}'::date AND ${IMPLIED_SINCE[figure]?.(since) ?? 'TRUE'}`,
        )
      : [];
    // Exact whatever the aggregate said: 200 rows from that day on are the newest 200; fewer, when more
    // exist, only after a write since the re-count — then the whole period, as before.
    if (rows.length < RECORDS_LIMIT && rows.length < total) rows = await this.newest(where, params, '');
    return { total, rows };
  }

  /** The newest rows of the view under `where` and a further `bound`, ordered by the view's date. */
  private newest(where: string, params: unknown[], bound: string): Promise<RecordRow[]> {
    return this.dataSource.query<RecordRow[]>(
      `SELECT record_id AS id, kind, to_char(day, 'YYYY-MM-DD') AS day, region_code, amount::text, label
         FROM reporting_facts WHERE ${where} ${bound}
        ORDER BY reporting_facts.day DESC, record_id DESC LIMIT ${RECORDS_LIMIT}`,
      params,
    );
  }
}
