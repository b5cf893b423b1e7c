import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A Beijing calendar day of a timestamptz column, the day the reporting views count a record on. */
const beijingDay = (column: string) => `((${column} AT TIME ZONE 'Asia/Shanghai')::date)`;

const MEDIANS = `(VALUES ('time-to-first-match'), ('time-to-first-contact')) f(figure)`;
/** The medians' keys of the published demands whose ids `ids` selects: their publication days. */
const demandDays = (ids: string) =>
  `SELECT f.figure, ${beijingDay('d.published_at')} FROM demands d CROSS JOIN ${MEDIANS}
    WHERE d.id IN (${ids}) AND d.published_at IS NOT NULL`;
/** The days of the records of the meetings `meetings` selects: a held meeting's row is on one of them. */
const heldDays = (meetings: string) =>
  `SELECT 'experts-mobilized', ${beijingDay('o.recorded_at')} FROM event_meeting_outcomes o
    WHERE o.meeting_id IN (${meetings})`;

/**
 * For each base table of `reporting_measures`, the (figure, day) keys a changed row can move, read from
 * `rows` (the statement's transition table). A key too many costs a re-count, one too few a wrong figure:
 * each list errs on the side of more. A median's row is on its demand's publication day, whatever record
 * (a match, a conversation, an access or meeting request) moved its first match or contact.
 */
const TOUCHED_KEYS: Record<string, (rows: string) => string> = {
  demands: (rows) => `SELECT f.figure, ${beijingDay('r.published_at')} FROM ${rows} r CROSS JOIN ${MEDIANS}`,
  matches: (rows) =>
    `${demandDays(`SELECT source_id FROM ${rows} WHERE source_kind = 'demand'`)}
     UNION ALL SELECT 'experts-mobilized', ${beijingDay('c.created_at')} FROM conversations c
      WHERE c.match_id IN (SELECT id FROM ${rows} WHERE candidate_kind = 'expert')`,
  conversations: (rows) =>
    `SELECT 'experts-mobilized', ${beijingDay('created_at')} FROM ${rows} WHERE match_id IS NOT NULL
     UNION ALL ${demandDays(
       `SELECT m.source_id FROM matches m WHERE m.source_kind = 'demand' AND m.id IN (SELECT match_id FROM ${rows})
        UNION ALL SELECT posting_id FROM ${rows} WHERE posting_kind = 'demand'`,
     )}`,
  access_requests: (rows) => demandDays(`SELECT posting_id FROM ${rows} WHERE posting_kind = 'demand'`),
  event_meeting_requests: (rows) =>
    `${demandDays(
      `SELECT from_posting_id FROM ${rows} WHERE from_posting_kind = 'demand'
       UNION ALL SELECT to_posting_id FROM ${rows} WHERE to_posting_kind = 'demand'`,
    )}
     UNION ALL ${heldDays(`SELECT mt.id FROM event_meetings mt WHERE mt.request_id IN (SELECT id FROM ${rows})`)}`,
  event_meetings: (rows) => heldDays(`SELECT id FROM ${rows}`),
  event_meeting_outcomes: (rows) =>
    `SELECT 'experts-mobilized', ${beijingDay('recorded_at')} FROM ${rows}
     UNION ALL ${heldDays(`SELECT meeting_id FROM ${rows}`)}`,
  // The event gives its meetings their region and organizer, the registrations their parties.
  matchmaking_events: (rows) =>
    `SELECT 'experts-mobilized', ${beijingDay('o.recorded_at')} FROM event_meeting_outcomes o
      WHERE o.event_id IN (SELECT id FROM ${rows})`,
  event_registrations: (rows) =>
    heldDays(`SELECT mt.id FROM event_meetings mt
               WHERE mt.registration_a_id IN (SELECT id FROM ${rows}) OR mt.registration_b_id IN (SELECT id FROM ${rows})`),
  dispatches: (rows) =>
    `SELECT k.figure, r.starts_on FROM ${rows} r
       CROSS JOIN (VALUES ('experts-mobilized'), ('enterprises-served')) k(figure)`,
  service_logs: (rows) =>
    `SELECT k.figure, r.served_on FROM ${rows} r
       CROSS JOIN (VALUES ('experts-mobilized'), ('enterprises-served')) k(figure)`,
  visits: (rows) => `SELECT 'enterprises-served', visited_on FROM ${rows}`,
  deals: (rows) =>
    `SELECT 'enterprises-served', COALESCE(signed_on, ${beijingDay('created_at')}) FROM ${rows}`,
  // An expert is counted by its id through every involvement, and through its claimed account's logs.
  experts: (rows) =>
    `SELECT 'experts-mobilized', s.served_on FROM service_logs s WHERE s.created_by IN (SELECT claimed_by FROM ${rows})
     UNION ALL SELECT 'experts-mobilized', dp.starts_on FROM dispatches dp
      WHERE dp.expert_ids && ARRAY(SELECT id FROM ${rows})
     UNION ALL SELECT 'experts-mobilized', ${beijingDay('c.created_at')} FROM conversations c JOIN matches m ON m.id = c.match_id
      WHERE m.candidate_kind = 'expert' AND m.candidate_id IN (SELECT id FROM ${rows})
     UNION ALL ${heldDays(
       `SELECT mt.id FROM event_meetings mt JOIN event_meeting_requests q ON q.id = mt.request_id
         WHERE (q.from_posting_kind = 'expert' AND q.from_posting_id IN (SELECT id FROM ${rows}))
            OR (q.to_posting_kind = 'expert' AND q.to_posting_id IN (SELECT id FROM ${rows}))`,
     )}`,
};

/**
 * The columns that can move a figure, for the tables updated often for other reasons (a demand's or an
 * expert's view count, a conversation's last message, a match's status, an organization's profile): an
 * update marks only the rows where one of them changed.
 */
const MOVING_COLUMNS: Record<string, string[]> = {
  demands: ['published_at', 'organization_id', 'region_code', 'visibility'],
  matches: [
    'source_kind',
    'source_id',
    'candidate_kind',
    'candidate_id',
    'source_organization_id',
    'created_at',
  ],
  conversations: ['match_id', 'posting_kind', 'posting_id', 'created_at'],
  experts: ['claimed_by'],
  organizations: ['region_code'],
};

/** An organization's region is that of its demands without one, of its matches' experts, of dispatches to it. */
const ORGANIZATION_KEYS = (moved: string) => `
  ${demandDays(`SELECT id FROM demands WHERE organization_id IN (SELECT id FROM ${moved})`)}
  UNION ALL SELECT 'experts-mobilized', ${beijingDay('c.created_at')} FROM conversations c JOIN matches m ON m.id = c.match_id
   WHERE m.candidate_kind = 'expert' AND m.source_organization_id IN (SELECT id FROM ${moved})
  UNION ALL SELECT k.figure, dp.starts_on FROM dispatches dp
    CROSS JOIN (VALUES ('experts-mobilized'), ('enterprises-served')) k(figure)
   WHERE dp.enterprise_id IN (SELECT id FROM ${moved})`;

const mark = (keys: string, changed?: string) =>
  `${changed ? `WITH changed_rows AS (${changed})` : ''}
   INSERT INTO reporting_measure_dirty_days (figure, day)
     SELECT DISTINCT figure, day FROM (${keys}) k(figure, day) WHERE day IS NOT NULL;`;

/** The marking function and its three statement triggers (transition tables allow one event each). */
function marking(table: string, keys: (rows: string) => string): string[] {
  const columns = MOVING_COLUMNS[table];
  const changed =
    columns &&
    `(${columns.map((c) => `n.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `o.${c}`).join(', ')})`;
  const updated = (side: 'n' | 'o') =>
    `SELECT ${side}.* FROM new_rows n JOIN old_rows o USING (id) WHERE ${changed}`;
  const body = changed
    ? `IF TG_OP = 'UPDATE' THEN
         ${mark(keys('changed_rows'), updated('n'))} ${mark(keys('changed_rows'), updated('o'))}
       ELSIF TG_OP = 'INSERT' THEN ${mark(keys('new_rows'))}
       ELSE ${mark(keys('old_rows'))} END IF;`
    : `IF TG_OP IN ('INSERT', 'UPDATE') THEN ${mark(keys('new_rows'))} END IF;
       IF TG_OP IN ('UPDATE', 'DELETE') THEN ${mark(keys('old_rows'))} END IF;`;
  const events = {
    insert: 'NEW TABLE AS new_rows',
    update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'OLD TABLE AS old_rows',
  };
  return [
    `CREATE FUNCTION "reporting_mark_measures_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${body} RETURN NULL; END $$`,
    ...Object.entries(events).map(
      ([event, transition]) =>
        `CREATE TRIGGER "reporting_mark_measures_${event}" AFTER ${event.toUpperCase()} ON "${table}"
           REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_measures_${table}"()`,
    ),
  ];
}

const MARKED_TABLES = { ...TOUCHED_KEYS, organizations: (rows: string) => ORGANIZATION_KEYS(rows) };

/** Indexes the re-count of a few days (and the medians' first-contact look-up) reads through. */
const INDEXES = [
  `CREATE INDEX "event_meeting_requests_from_posting" ON "event_meeting_requests" ("from_posting_kind", "from_posting_id")`,
  `CREATE INDEX "event_meeting_requests_to_posting" ON "event_meeting_requests" ("to_posting_kind", "to_posting_id")`,
  `CREATE INDEX "service_logs_served_on" ON "service_logs" ("served_on")`,
  `CREATE INDEX "service_logs_created_by" ON "service_logs" ("created_by")`,
  `CREATE INDEX "dispatches_starts_on" ON "dispatches" ("starts_on")`,
];

/**
 * The view's branch of the experts met at a held event meeting found the meeting's first record other
 * than a no-show by a LATERAL `min()`, which no day condition reaches: a re-count of one day read every
 * meeting naming an expert (0.3 s at the issue's scale). The same rows, written as a join with that first
 * record (the earliest, the organization breaking a tie, so one per meeting), let `day = …` reach the
 * records' day index. As `pg_get_viewdef` prints the branch of 1795860000000-ReportingOutcomeFigures.
 */
const LATERAL_HELD =
  /JOIN LATERAL \( SELECT min\(x\.recorded_at\) AS at\s+FROM event_meeting_outcomes x\s+WHERE \(\(x\.meeting_id = mt\.id\) AND \(\(x\.outcome\)::text <> 'no-show'::text\)\)\) held ON \(\(held\.at IS NOT NULL\)\)\)/;
const FIRST_HELD = `JOIN (SELECT h.meeting_id, h.recorded_at AS at FROM event_meeting_outcomes h
        WHERE h.outcome::text <> 'no-show' AND NOT EXISTS (
          SELECT 1 FROM event_meeting_outcomes x
           WHERE x.meeting_id = h.meeting_id AND x.outcome::text <> 'no-show'
             AND (x.recorded_at, x.organization_id) < (h.recorded_at, h.organization_id))) held
      ON ((held.meeting_id = mt.id)))`;

/**
 * Issue 18: the read model of the measured figures (time to first match and contact, experts mobilized,
 * enterprises served), which `reporting_measures` computed from the base tables on every read (0.3–0.7 s
 * for a province's year at the issue's scale).
 * - `reporting_measure_rows`: the view's rows as the figures need them (one per record and involvement:
 *   figure, day, region, parties, record, amount), so a median is `percentile_cont` over one row per
 *   demand in scope, and any scope's or filter's WHERE applies to it as to the view;
 * - `reporting_measure_months`: per distinct figure, month, region and record, how many rows it has
 *   there: a period of whole months counts distinct records over these few rows (an index range), its
 *   partial first and last months from the rows.
 * Kept as `reporting_daily` is: statement triggers on every base table of the view mark the (figure, day)
 * keys a write can move in `reporting_measure_dirty_days`, in the writer's transaction; a reader re-counts
 * those days from the view first and moves the months' counts by the difference (libs/reporting
 * `ReportingMeasures`); the nightly check compares all three.
 */
export class ReportingMeasureRows1795890000000 implements MigrationInterface {
  name = 'ReportingMeasureRows1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_measure_rows" ("figure" text NOT NULL, "day" date NOT NULL, "region_code" text,
         "organization_ids" uuid[], "record_id" uuid NOT NULL, "amount" bigint, "tech_field" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_measure_rows_day" ON "reporting_measure_rows" ("figure", "day", "region_code")
         INCLUDE ("record_id", "amount")`,
    );
    await queryRunner.query(
      'CREATE INDEX "reporting_measure_rows_organizations" ON "reporting_measure_rows" USING gin ("organization_ids")',
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_measure_months" ("figure" text NOT NULL, "month" date NOT NULL, "region_code" text,
         "record_id" uuid NOT NULL, "n" integer NOT NULL,
         CONSTRAINT "reporting_measure_months_key" UNIQUE NULLS NOT DISTINCT ("figure", "month", "region_code", "record_id"))`,
    );
    await queryRunner.query(
      'CREATE TABLE "reporting_measure_dirty_days" ("figure" text NOT NULL, "day" date NOT NULL)',
    );
    for (const index of INDEXES) await queryRunner.query(index);
    const [{ definition }] = (await queryRunner.query(
      `SELECT pg_get_viewdef('reporting_measures'::regclass) AS definition`,
    )) as { definition: string }[];
    if (LATERAL_HELD.test(definition))
      await queryRunner.query(
        `CREATE OR REPLACE VIEW "reporting_measures" AS ${definition.replace(LATERAL_HELD, FIRST_HELD).trim().replace(/;$/, '')}`,
      );
    // Applied again after a roll-back, the view already has the join (the roll-back keeps the equivalent form).
    else if (!definition.includes('held.meeting_id = mt.id'))
      throw new Error('reporting_measures: the held meetings branch is not as 1795860000000 wrote it');
    for (const [table, keys] of Object.entries(MARKED_TABLES))
      for (const sql of marking(table, keys)) await queryRunner.query(sql);
    await queryRunner.query(
      `INSERT INTO reporting_measure_rows (figure, day, region_code, organization_ids, record_id, amount, tech_field)
       SELECT figure, day, region_code, organization_ids, record_id, amount, tech_field FROM reporting_measures`,
    );
    await queryRunner.query(
      `INSERT INTO reporting_measure_months (figure, month, region_code, record_id, n)
       SELECT figure, date_trunc('month', day)::date, region_code, record_id, count(*)::int FROM reporting_measure_rows
        WHERE figure IN ('experts-mobilized', 'enterprises-served') GROUP BY 1, 2, 3, 4`,
    );
  }

  /** The view keeps its equivalent form of the held meetings' branch (the same rows). */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(MARKED_TABLES))
      await queryRunner.query(`DROP FUNCTION "reporting_mark_measures_${table}"() CASCADE`);
    for (const index of INDEXES) await queryRunner.query(`DROP INDEX "${/"(\w+)"/.exec(index)![1]}"`);
    await queryRunner.query('DROP TABLE "reporting_measure_dirty_days"');
    await queryRunner.query('DROP TABLE "reporting_measure_months"');
    await queryRunner.query('DROP TABLE "reporting_measure_rows"');
  }
}
