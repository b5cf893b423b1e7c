import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '#core';
import type { DailyCheckReport, DailyDifference } from '../daily/reporting-daily.js';
import { MEASURED_FIGURES, type Figure } from '../figures.js';
import { dashboardQuery } from '../dashboard-query.js';

/** The key of the advisory lock re-counts and the check take turns on. */
const RECOUNT_LOCK = 1_795_890_000;

/**
 * The columns of `reporting_measures` the read model keeps: those a figure, a filter or a drill-down reads
 * (`kind` and `label` since 1795900000000-ReportingMeasureLabels, so a drill-down reads no view).
 */
const COLUMNS = 'figure, day, region_code, organization_ids, record_id, amount, tech_field, kind, label';

/** {@link COLUMNS} read from the view in the read model's own types, so a row's text is the same in both. */
const TYPED = `figure::text AS figure, day::date AS day, region_code::text AS region_code,
  organization_ids::uuid[] AS organization_ids, record_id::uuid AS record_id, amount::bigint AS amount,
  tech_field::text AS tech_field, kind::text AS kind, label::text AS label`;

const MEDIANS = Object.keys(MEASURED_FIGURES).filter((f) => MEASURED_FIGURES[f as Figure] === 'median');
const DISTINCT = Object.keys(MEASURED_FIGURES).filter((f) => MEASURED_FIGURES[f as Figure] === 'distinct');

/**
 * The view of one measured figure's rows (migration 1795950000000-ReportingMeasureFigureViews;
 * `reporting_measures` is their union): a re-count reads it so that only that figure's branches are planned.
 */
function measuresOf(figure: Figure): string {
  if (!MEASURED_FIGURES[figure]) throw new Error(`${figure} is not a measured figure`);
  return `reporting_measures_${figure.replaceAll('-', '_')}`;
}

/** A month of a distinct figure's record in a region: a key of `reporting_measure_months`. */
interface MonthKey {
  month: string;
  region_code: string | null;
  record_id: string;
}

/** One row of the measured figures: per figure and month (`month` null: the whole period). */
export interface MeasureRow {
  figure: Figure;
  month: string | null;
  n: number;
  median: number | null;
}

/**
 * The distinct figures per month and (`month` null) for the period, from `rows` (`figure`, `month`,
 * `record_id`): one sorted pass of `GROUPING SETS` counting distinct records per group (at the issue's
 * scale 34–36 ms for a year of 江苏's 66 k months, where hashing them into distinct (figure, month, record)
 * and again into distinct (figure, record) cost 68 ms).
 */
const distinctCounts = (rows: string) => `
  SELECT figure, to_char(month, 'YYYY-MM') AS month, count(DISTINCT record_id)::int AS n, NULL::float8 AS median
    FROM (${rows}) r GROUP BY GROUPING SETS ((figure, month), (figure))`;

/**
 * The medians per month (their count only: a month's median is not shown) and for the period, from `rows`
 * (`figure`, `day`, `amount`; one per demand measured, so counted as they are): the rows read twice, hashed
 * by month and sorted by figure for the period's median — 16 ms for a year of 江苏's 40 k, where one read
 * grouped by `GROUPING SETS` sorted them twice (by month, then each figure's amounts) and cost 31–34 ms.
 * The month from a date cast to `timestamp` (not `timestamptz`, which converts through the time zone).
 */
const medians = (rows: string) => `
  SELECT figure, NULL AS month, count(*)::int AS n, (percentile_cont(0.5) WITHIN GROUP (ORDER BY amount))::float8 AS median
    FROM (${rows}) r GROUP BY figure
  UNION ALL
  SELECT figure, to_char(date_trunc('month', day::timestamp), 'YYYY-MM'), count(*)::int, NULL
    FROM (${rows}) r GROUP BY figure, date_trunc('month', day::timestamp)`;

/**
 * The read model of the {@link MEASURED_FIGURES} (migrations/…-ReportingMeasureRows.ts): the rows of the
 * `reporting_measures` view kept in `reporting_measure_rows`, and per distinct figure, month, region and
 * record their number and the union of their parties in `reporting_measure_months`. Triggers on every base
 * table of the view mark the (figure, day) keys a write can move, in the writer's transaction; {@link freshen}
 * re-counts those days from the view and counts the months they touched again from the rows — the worker's
 * job every few seconds, before a saved report or an export (exactly what the view gives at that moment), and
 * before a dashboard read only once a change waited longer than the staleness bound ({@link freshenIfStale}).
 * A median is computed over one row per demand in scope; a distinct count over the months' rows for whole
 * months (an index range; by organization or industry, their parties), the rows for the period's partial
 * first and last months, and the rows when the months cannot answer the filter (a technology field, or two
 * party conditions: `monthsAnswer`).
 */
@Injectable()
export class ReportingMeasures {
  private readonly logger = new Logger(ReportingMeasures.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * The measured figures of a scope and period: `where` and `params` the overview's clause over the view's
   * columns (`$1`, `$2` the period); `monthsWhere` the same clause over the months' columns (the same
   * parameters) when the months can answer it, so whole months are read from them, else null. It reads the
   * read model as it is: bring it up to date first ({@link freshenIfStale}, or {@link freshen} where the
   * figures must be exact).
   */
  async read(
    period: { from: string; to: string },
    where: string,
    params: unknown[],
    monthsWhere: string | null,
  ): Promise<MeasureRow[]> {
    const p = params.length;
    const rows = (figures: string, also = 'TRUE') =>
      `SELECT figure, day, record_id, amount FROM reporting_measure_rows
        WHERE ${where} AND figure = ANY(${figures}::text[]) AND ${also}`;
    const month = "date_trunc('month', day::timestamp)::date AS month";
    // The whole months of a distinct figure from the monthly numbers (those that begin in the period
    // narrowed to the whole ones), the partial first and last months, if any, from the rows; every month
    // from the rows when the months cannot answer the filter. The months alone come in the order of their
    // key, (figure, month, …), so the grouping sorts nothing; with the rows appended it sorts them all —
    // so they are appended only for a period with a partial month (a year of 江苏: 38 against 74 ms).
    const [first, last] = wholeMonths(period.from, period.to);
    const partial = rows(
      `$${p + 1}`,
      `NOT (day >= $${p + 2}::date AND day < $${p + 3}::date + interval '1 month')`,
    );
    const distinct =
      monthsWhere === null
        ? `SELECT figure, ${month}, record_id FROM (${rows(`$${p + 1}`)}) r`
        : `SELECT figure, month, record_id FROM reporting_measure_months
            WHERE ${monthsWhere} AND month BETWEEN $${p + 2}::date AND $${p + 3}::date AND figure = ANY($${p + 1}::text[])
           ${wholeMonthsOnly(period, first, last) ? '' : `UNION ALL SELECT figure, ${month}, record_id FROM (${partial}) p`}`;
    // Two statements on two connections of the pool, at once: the read costs the slower, not their sum.
    const [counts, middles] = await Promise.all([
      dashboardQuery<MeasureRow[]>(
        this.dataSource,
        distinctCounts(distinct),
        monthsWhere === null ? [...params, DISTINCT] : [...params, DISTINCT, first, last],
      ),
      dashboardQuery<MeasureRow[]>(this.dataSource, medians(rows(`$${p + 1}`)), [...params, MEDIANS]),
    ]);
    return [...counts, ...middles];
  }

  /**
   * Before a read that may be a few seconds behind: the worker re-counts the dirty days every few seconds
   * (`ReportingMeasuresFreshenHandler`), so this probes only the oldest change not yet counted, and
   * re-counts itself when that is older than REPORTING_MEASURES_STALE_SECONDS (the worker down or far
   * behind), so the figures are never further behind than that. Returns whether changes are left to
   * count: the figures read next may be those few seconds behind. The probe reads the whole dirty table,
   * which holds only the keys of the last few seconds' writes (a few seconds' worth of statements while
   * the worker keeps up, at most the bound's): an index on `marked_at` would cost every marking statement
   * more than it saves this scan.
   */
  async freshenIfStale(): Promise<boolean> {
    const [{ stale }] = await this.dataSource.query<[{ stale: boolean | null }]>(
      `SELECT min(marked_at) < now() - make_interval(secs => $1) AS stale FROM reporting_measure_dirty_days`,
      [this.config.REPORTING_MEASURES_STALE_SECONDS],
    );
    if (stale === null) return false;
    if (!stale) return true;
    await this.freshen();
    return false;
  }

  /**
   * Re-counts every dirty (figure, day); returns how many. Cheap when nothing changed: one probe. With
   * `wait: false` (the worker's runs) a re-count already running elsewhere is not waited for: that one
   * takes the keys this one would have, and this one returns 0.
   */
  async freshen({ wait = true }: { wait?: boolean } = {}): Promise<number> {
    const [dirty] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM reporting_measure_dirty_days LIMIT 1',
    );
    if (!dirty) return 0;
    return this.dataSource.transaction(async (manager) => {
      if (wait) await manager.query('SELECT pg_advisory_xact_lock($1)', [RECOUNT_LOCK]);
      else {
        const [{ locked }] = await manager.query<[{ locked: boolean }]>(
          'SELECT pg_try_advisory_xact_lock($1) AS locked',
          [RECOUNT_LOCK],
        );
        if (!locked) return 0;
      }
      // A few days' rows each, read through day indexes: the workers of a parallel plan (which the planner
      // picks for a day's conversations and meetings) cost more to start on a busy machine than they save —
      // 110 ms instead of 16 ms for experts mobilized at the issue's scale, at load 4 on 2 cores.
      await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const keys = await manager.query<{ figure: Figure; days: string[] }[]>(
        `WITH taken AS (DELETE FROM reporting_measure_dirty_days RETURNING figure, day)
         SELECT figure, array_agg(DISTINCT to_char(day, 'YYYY-MM-DD')) AS days FROM taken GROUP BY figure`,
      );
      // One statement per figure, over that figure's own view: the planner expands only its branches (over
      // the whole view, planning the dozen branches cost more than the re-count), read through their day indexes.
      // Only the rows that changed are deleted and inserted — the days' rows as they are (`cur`) against the
      // view's (`fresh`), each row by its text and its rank among equal rows: rewriting a day's thousand rows
      // for the one that moved cost 50–170 ms a figure in dead rows and index entries. It returns the months
      // (a distinct figure's) whose rows changed, which are then counted again from the rows.
      for (const { figure, days } of keys) {
        const touched = await manager.query<MonthKey[]>(
          `WITH cur AS MATERIALIZED (
                  SELECT ctid AS at, key, row_number() OVER (PARTITION BY key) AS k
                    FROM (SELECT ctid, ROW(${COLUMNS})::text AS key FROM reporting_measure_rows
                           WHERE figure = $1 AND day = ANY($2::date[])) r),
                fresh AS MATERIALIZED (
                  SELECT *, row_number() OVER (PARTITION BY key) AS k
                    FROM (SELECT *, ROW(${COLUMNS})::text AS key
                            FROM (SELECT ${TYPED} FROM ${measuresOf(figure)} WHERE day = ANY($2::date[])) v) r),
                old AS (DELETE FROM reporting_measure_rows
                         WHERE ctid = ANY(ARRAY(SELECT at FROM cur c WHERE NOT EXISTS
                                 (SELECT 1 FROM fresh f WHERE (f.key, f.k) = (c.key, c.k))))
                        RETURNING day, region_code, record_id),
                new AS (INSERT INTO reporting_measure_rows (${COLUMNS})
                        SELECT ${COLUMNS} FROM fresh f
                         WHERE NOT EXISTS (SELECT 1 FROM cur c WHERE (c.key, c.k) = (f.key, f.k))
                        RETURNING day, region_code, record_id)
           SELECT DISTINCT to_char(day, 'YYYY-MM-01') AS month, region_code, record_id
             FROM (SELECT * FROM old UNION ALL SELECT * FROM new) c WHERE $3::boolean`,
          [figure, days, DISTINCT.includes(figure)],
        );
        if (touched.length > 0) await this.recountMonths(manager, figure, touched);
      }
      return keys.reduce((sum, key) => sum + key.days.length, 0);
    });
  }

  /**
   * Counts the `touched` months of a distinct figure again from its rows (the statement above has changed
   * them): the number of rows and the union of their parties, which a difference cannot keep (a party gone
   * from one row may be on another) — a record's rows of a month through `reporting_measure_rows_record`, a
   * few dozen. A month whose rows are all gone is deleted; one whose number and parties stay is not rewritten.
   */
  private async recountMonths(manager: EntityManager, figure: Figure, touched: MonthKey[]): Promise<void> {
    await manager.query(
      `WITH counted AS (
         SELECT z.month, z.region_code, z.record_id, count(r.record_id)::int AS n,
                reporting_parties(r.organization_ids) AS parties
           FROM unnest($2::date[], $3::text[], $4::uuid[]) z(month, region_code, record_id)
           LEFT JOIN reporting_measure_rows r
             ON r.figure = $1 AND r.record_id = z.record_id AND r.day >= z.month
            AND r.day < (z.month + interval '1 month')::date AND r.region_code IS NOT DISTINCT FROM z.region_code
          GROUP BY 1, 2, 3),
       gone AS (DELETE FROM reporting_measure_months m USING counted c
                 WHERE c.n = 0 AND m.figure = $1 AND m.month = c.month
                   AND m.region_code IS NOT DISTINCT FROM c.region_code AND m.record_id = c.record_id)
       INSERT INTO reporting_measure_months (figure, month, region_code, record_id, n, parties)
       SELECT $1, month, region_code, record_id, n, parties FROM counted WHERE n > 0
       ON CONFLICT (figure, month, region_code, record_id) DO UPDATE SET n = excluded.n, parties = excluded.parties
        WHERE (reporting_measure_months.n, reporting_measure_months.parties) IS DISTINCT FROM (excluded.n, excluded.parties)`,
      [
        figure,
        touched.map((key) => key.month),
        touched.map((key) => key.region_code),
        touched.map((key) => key.record_id),
      ],
    );
  }

  /**
   * The nightly check: the monthly numbers and parties against the rows (a difference is rebuilt from the
   * rows at once), and the rows against the view, in one snapshot leaving out the days dirty in it; a day that
   * differs is marked dirty, so the next read re-counts it. Returns the (figure, day) keys that differed
   * (a month's as its first day). Holds the re-count's lock while it runs.
   */
  async check(): Promise<DailyCheckReport> {
    const rows = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RECOUNT_LOCK]);
      const expected = `SELECT figure, date_trunc('month', day)::date AS month, region_code, record_id, count(*)::int AS n,
                                 reporting_parties(organization_ids) AS parties
                          FROM reporting_measure_rows WHERE figure = ANY($1::text[]) GROUP BY 1, 2, 3, 4`;
      const kept = 'SELECT figure, month, region_code, record_id, n, parties FROM reporting_measure_months';
      const months = await manager.query<DailyDifference[]>(
        `WITH expected AS (${expected})
         SELECT DISTINCT figure, to_char(month, 'YYYY-MM-DD') AS day FROM (
           (SELECT * FROM expected EXCEPT ALL ${kept})
           UNION ALL
           (${kept} EXCEPT ALL SELECT * FROM expected)) d`,
        [DISTINCT],
      );
      // Rebuilt from the rows at once: a re-count counts again only the months whose rows it changed, so a
      // wrong month whose rows are right would stay wrong until one of them moved.
      const differing = `SELECT * FROM unnest($2::text[], $3::date[]) d(figure, month)`;
      await manager.query(
        `DELETE FROM reporting_measure_months WHERE (figure, month) IN (${differing}) AND figure = ANY($1::text[])`,
        [DISTINCT, months.map((m) => m.figure), months.map((m) => m.day)],
      );
      await manager.query(
        `INSERT INTO reporting_measure_months (figure, month, region_code, record_id, n, parties)
         SELECT * FROM (${expected}) e WHERE (figure, month) IN (${differing})`,
        [DISTINCT, months.map((m) => m.figure), months.map((m) => m.day)],
      );
      const days = await manager.query<DailyDifference[]>(
        `WITH differing AS (
           SELECT DISTINCT figure, day FROM (
             (SELECT ${COLUMNS} FROM reporting_measures EXCEPT ALL SELECT ${COLUMNS} FROM reporting_measure_rows)
             UNION ALL
             (SELECT ${COLUMNS} FROM reporting_measure_rows EXCEPT ALL SELECT ${COLUMNS} FROM reporting_measures)) d),
         fresh AS (
           SELECT * FROM differing d
            WHERE NOT EXISTS (SELECT 1 FROM reporting_measure_dirty_days k WHERE (k.figure, k.day) = (d.figure, d.day))),
         marked AS (INSERT INTO reporting_measure_dirty_days (figure, day) SELECT figure, day FROM fresh)
         SELECT figure, to_char(day, 'YYYY-MM-DD') AS day FROM fresh`,
      );
      return [...months, ...days].sort(
        (a, b) => a.day.localeCompare(b.day) || a.figure.localeCompare(b.figure),
      );
    });
    const report = { differences: rows.length, sample: rows.slice(0, 10) };
    if (report.differences > 0)
      this.logger.error(
        `reporting_measure_rows differed from reporting_measures on ${report.differences} (figure, day), re-counting them: ${JSON.stringify(report.sample)}`,
      );
    else this.logger.log('reporting_measure_rows agrees with reporting_measures');
    return report;
  }
}

/**
 * The first days of the first and last whole months of a period (the first after the last when it has
 * none): a month is whole when the period holds its first and last days.
 */
export function wholeMonths(from: string, to: string): [string, string] {
  const firstOf = (year: number, month: number) =>
    new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return [firstOf(fy, fd === 1 ? fm - 1 : fm), firstOf(ty, td === lastDay ? tm - 1 : tm - 2)];
}

/** Whether a period is whole months, `first` to `last` ({@link wholeMonths}): no day of it lies outside them. */
export function wholeMonthsOnly(period: { from: string; to: string }, first: string, last: string): boolean {
  const [year, month] = last.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return period.from === first && period.to === lastDay;
}
