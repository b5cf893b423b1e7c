import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Figure } from '../figures.js';

/** The key of the advisory lock re-counts take turns on (two at once would both insert a day's rows). */
const RECOUNT_LOCK = 1_795_800_000;

/** The columns a `reporting_daily` row is keyed by, besides its figure and day. */
const KEY_COLUMNS = 'region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code';

/**
 * For a figure whose day no index serves (a meeting's is the day of its first record other than a
 * no-show, an aggregate over its records), a condition implied by `day = ANY($2)` that an index does
 * serve: such a meeting has a record on that day. Without it a re-count of one day looks at every meeting.
 */
const IMPLIED_BY_DAY: Partial<Record<Figure, string>> = {
  meetings: `record_id = ANY(ARRAY(SELECT meeting_id FROM event_meeting_outcomes
                                    WHERE (recorded_at AT TIME ZONE 'Asia/Shanghai')::date = ANY($2::date[])))`,
};

/** `columns` (a comma-separated list) each qualified by `alias`. */
const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

/**
 * The rows of `reporting_daily_industries` from those of `reporting_daily_parties` (`parties`, with its
 * columns): each party set's industries — the sorted distinct non-null `industry_code` of its
 * organizations, `{}` when none has one — the rows of equal industries summed. The sets' organizations are
 * joined once, by hash (a look-up per row, as a function or a correlated subquery, cost 30–37 µs a row
 * where this costs 3–4: 5.5 s against 0.5 s for a year's 150 k party rows of matches and meetings). A set
 * none of whose organizations has an industry joins none: its NULL is the group `{}`.
 */
const industriesOf = (parties: string) => `
  SELECT p.figure, p.day, ${prefixed('p', KEY_COLUMNS)}, COALESCE(s.industry_codes, '{}') AS industry_codes,
         sum(p.n)::int AS n, sum(p.amount)::bigint AS amount
    FROM ${parties} p
    LEFT JOIN (SELECT sets.organization_ids, array_agg(DISTINCT o.industry_code ORDER BY o.industry_code) AS industry_codes
                 FROM (SELECT DISTINCT organization_ids FROM ${parties}) sets
                 CROSS JOIN unnest(sets.organization_ids) party(id) JOIN organizations o ON o.id = party.id
                WHERE o.industry_code IS NOT NULL GROUP BY sets.organization_ids) s
      ON s.organization_ids = p.organization_ids
   GROUP BY p.figure, p.day, ${prefixed('p', KEY_COLUMNS)}, s.industry_codes`;

/**
 * Some days of one figure, re-counted from the view into the three aggregates in one statement: the rows
 * read once and summed by their parties, as `reporting_daily_parties` holds them; those sums summed again
 * as `reporting_daily` and, by their parties' industries, as `reporting_daily_industries` holds them.
 */
const recount = (figure: Figure) => `
  WITH parties AS MATERIALIZED (
         SELECT figure, day, ${KEY_COLUMNS}, organization_ids, count(*)::int AS n, sum(amount)::bigint AS amount
           FROM reporting_facts
          WHERE figure = $1 AND day = ANY($2::date[]) AND ${IMPLIED_BY_DAY[figure] ?? 'TRUE'}
          GROUP BY figure, day, ${KEY_COLUMNS}, organization_ids),
       cleared AS (DELETE FROM reporting_daily WHERE figure = $1 AND day = ANY($2::date[])),
       cleared_parties AS (DELETE FROM reporting_daily_parties WHERE figure = $1 AND day = ANY($2::date[])),
       cleared_industries AS (DELETE FROM reporting_daily_industries WHERE figure = $1 AND day = ANY($2::date[])),
       daily AS (
         INSERT INTO reporting_daily (figure, day, ${KEY_COLUMNS}, n, amount)
         SELECT figure, day, ${KEY_COLUMNS}, sum(n)::int, sum(amount)::bigint FROM parties
          GROUP BY figure, day, ${KEY_COLUMNS}),
       industries AS (
         INSERT INTO reporting_daily_industries (figure, day, ${KEY_COLUMNS}, industry_codes, n, amount)
         ${industriesOf('parties')})
  INSERT INTO reporting_daily_parties (figure, day, ${KEY_COLUMNS}, organization_ids, n, amount)
  SELECT * FROM parties`;

/**
 * The (figure, day) keys where an aggregate differs from what it should hold (`expected`, with the same
 * columns): EXCEPT compares NULLs as equal, as the keys need; ALL also catches a row held twice.
 */
const differing = (table: string, expected: string, keys: string) => `
  SELECT DISTINCT figure, day FROM (
    (SELECT * FROM ${expected} EXCEPT ALL SELECT figure, day, ${keys}, n, amount FROM ${table})
    UNION ALL (SELECT figure, day, ${keys}, n, amount FROM ${table} EXCEPT ALL SELECT * FROM ${expected})) d`;

/** A (figure, day) whose rows in `reporting_daily` differ from the view's, as the check found it. */
export interface DailyDifference {
  figure: Figure;
  day: string;
}

export interface DailyCheckReport {
  /** (figure, day) keys whose aggregate differed from the view (not counting those already dirty). */
  differences: number;
  /** The first few of them, for the log. */
  sample: DailyDifference[];
}

/**
 * `reporting_daily`, the dashboards' aggregate of `reporting_facts` (migrations/…-ReportingDaily.ts):
 * per figure, Beijing day, region and deal breakdown columns, the count and sum of the view's rows; and
 * `reporting_daily_parties` (migrations/…-ReportingDailyParties.ts), the same keyed by the records'
 * `organization_ids` too, for the reads filtered by organization; and `reporting_daily_industries`
 * (migrations/…-ReportingDailyIndustries.ts), keyed by the industries of those parties instead, for the
 * reads filtered by industry alone.
 * Triggers on the base tables mark every (figure, day) a write can move in `reporting_dirty_days`, in the
 * writer's transaction; {@link freshen} re-counts those days from the view and clears them in one
 * transaction before a read, so what a reader sums is exactly what the view would count at that moment —
 * a deal stops counting the moment it is disputed — while the cost of a read stays that of a few days.
 */
@Injectable()
export class ReportingDaily {
  private readonly logger = new Logger(ReportingDaily.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Re-counts every dirty (figure, day); returns how many. Cheap when nothing changed: one probe. */
  async freshen(): Promise<number> {
    const [dirty] = await this.dataSource.query<unknown[]>('SELECT 1 FROM reporting_dirty_days LIMIT 1');
    if (!dirty) return 0;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RECOUNT_LOCK]);
      const keys = await manager.query<{ figure: Figure; days: string[] }[]>(
        `WITH taken AS (DELETE FROM reporting_dirty_days RETURNING figure, day)
         SELECT figure, array_agg(DISTINCT to_char(day, 'YYYY-MM-DD')) AS days FROM taken GROUP BY figure`,
      );
      // One statement per figure, the figure a constant: the planner then reads only that figure's table,
      // and the day through its day index (a join with the keys would scan the whole view).
      for (const { figure, days } of keys) await manager.query(recount(figure), [figure, days]);
      return keys.reduce((sum, key) => sum + key.days.length, 0);
    });
  }

  /**
   * Compares the three aggregates with the view (read once), in one snapshot and leaving out the days dirty in it (a
   * re-count is due there anyway); every other difference is a bug or a write the triggers missed (a
   * TRUNCATE, a table they do not watch). Those days are marked dirty, so the next read repairs them, and
   * reported. Takes no lock: readers and writers go on while it scans.
   */
  async check(): Promise<DailyCheckReport> {
    const rows = await this.dataSource.query<DailyDifference[]>(
      `WITH parties AS MATERIALIZED (
         SELECT figure, day, ${KEY_COLUMNS}, organization_ids, count(*)::int AS n, sum(amount)::bigint AS amount
           FROM reporting_facts GROUP BY figure, day, ${KEY_COLUMNS}, organization_ids),
       daily AS MATERIALIZED (
         SELECT figure, day, ${KEY_COLUMNS}, sum(n)::int AS n, sum(amount)::bigint AS amount
           FROM parties GROUP BY figure, day, ${KEY_COLUMNS}),
       industries AS MATERIALIZED (${industriesOf('parties')}),
       differing AS (
         ${differing('reporting_daily', 'daily', KEY_COLUMNS)}
         UNION ${differing('reporting_daily_parties', 'parties', `${KEY_COLUMNS}, organization_ids`)}
         UNION ${differing('reporting_daily_industries', 'industries', `${KEY_COLUMNS}, industry_codes`)}),
       fresh AS (
         SELECT * FROM differing d
          WHERE NOT EXISTS (SELECT 1 FROM reporting_dirty_days k WHERE (k.figure, k.day) = (d.figure, d.day))),
       marked AS (INSERT INTO reporting_dirty_days (figure, day) SELECT figure, day FROM fresh)
       SELECT figure, to_char(day, 'YYYY-MM-DD') AS day FROM fresh ORDER BY day, figure`,
    );
    const report = { differences: rows.length, sample: rows.slice(0, 10) };
    if (report.differences > 0)
      this.logger.error(
        `reporting_daily differed from reporting_facts on ${report.differences} (figure, day), re-counting them: ${JSON.stringify(report.sample)}`,
      );
    else this.logger.log('reporting_daily agrees with reporting_facts');
    return report;
  }
}
