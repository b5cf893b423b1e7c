import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A Beijing calendar day of a timestamptz column, the day `reporting_facts` counts a record on. */
const beijingDay = (column: string) => `((${column} AT TIME ZONE 'Asia/Shanghai')::date)`;

/**
 * Indexes on the days `reporting_facts` computes, so that re-counting a few days of a figure reads those
 * days' rows, not the whole table (declared `synchronize: false` on the entities).
 */
const DAY_INDEXES = [
  `CREATE INDEX "demands_published_day" ON "demands" (${beijingDay('published_at')}) WHERE published_at IS NOT NULL`,
  `CREATE INDEX "matches_created_day" ON "matches" (${beijingDay('created_at')})`,
  `CREATE INDEX "conversations_created_day" ON "conversations" (${beijingDay('created_at')})`,
  `CREATE INDEX "event_meeting_outcomes_recorded_day" ON "event_meeting_outcomes" (${beijingDay('recorded_at')})`,
  `CREATE INDEX "deals_confirmed_day" ON "deals" ((COALESCE(signed_on, ${beijingDay('created_at')})))
     WHERE status = 'confirmed'`,
  `CREATE INDEX "visits_visited_on" ON "visits" ("visited_on")`,
  `CREATE INDEX "ratings_created_day" ON "ratings" (${beijingDay('created_at')})`,
];

/**
 * For each base table of `reporting_facts`, the (figure, day) keys a changed row can move, read from
 * `rows` (the statement's transition table: new rows, then old rows). Marking a key too many costs a
 * re-count, one too few a wrong figure: each list errs on the side of more.
 */
const TOUCHED_KEYS: Record<string, (rows: string) => string> = {
  demands: (rows) =>
    `SELECT 'demands-published', ${beijingDay('published_at')} FROM ${rows} WHERE published_at IS NOT NULL`,
  matches: (rows) => `SELECT 'matches', ${beijingDay('created_at')} FROM ${rows}`,
  conversations: (rows) => `SELECT 'conversations', ${beijingDay('created_at')} FROM ${rows}`,
  // A meeting counts on the day of its first record other than a no-show: every record's day of the
  // meetings touched may be the one it moved from or to.
  event_meetings: (rows) =>
    `SELECT 'meetings', ${beijingDay('o.recorded_at')}
       FROM event_meeting_outcomes o WHERE o.meeting_id IN (SELECT id FROM ${rows})`,
  event_meeting_outcomes: (rows) =>
    `SELECT 'meetings', ${beijingDay('recorded_at')} FROM ${rows}
     UNION SELECT 'meetings', ${beijingDay('o.recorded_at')}
       FROM event_meeting_outcomes o WHERE o.meeting_id IN (SELECT meeting_id FROM ${rows})`,
  // The event gives its meetings their region.
  matchmaking_events: (rows) =>
    `SELECT 'meetings', ${beijingDay('o.recorded_at')}
       FROM event_meeting_outcomes o WHERE o.event_id IN (SELECT id FROM ${rows})`,
  deals: (rows) =>
    `SELECT k.figure, k.day FROM ${rows} r,
            LATERAL (VALUES ('deals-confirmed', COALESCE(r.signed_on, ${beijingDay('r.created_at')})),
                            ('contract-value', r.signed_on)) k(figure, day)`,
  visits: (rows) => `SELECT 'visits', visited_on FROM ${rows}`,
  ratings: (rows) => `SELECT 'ratings', ${beijingDay('created_at')} FROM ${rows}`,
};

/** Marks the keys of the statement's rows dirty: one DISTINCT insert per statement, however many rows. */
function markingFunction(table: string, keys: (rows: string) => string): string {
  const mark = (rows: string) =>
    `INSERT INTO reporting_dirty_days (figure, day)
       SELECT DISTINCT figure, day FROM (${keys(rows)}) k(figure, day) WHERE day IS NOT NULL;`;
  return `CREATE FUNCTION "reporting_mark_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN ${mark('new_rows')} END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN ${mark('old_rows')} END IF;
      RETURN NULL;
    END $$`;
}

/** Transition tables allow one event per trigger: three statement triggers per table, one function. */
function markingTriggers(table: string): string[] {
  const events = {
    insert: 'NEW TABLE AS new_rows',
    update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'OLD TABLE AS old_rows',
  };
  return Object.entries(events).map(
    ([event, transition]) =>
      `CREATE TRIGGER "reporting_mark_${event}" AFTER ${event.toUpperCase()} ON "${table}"
         REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_${table}"()`,
  );
}

/**
 * An organization's region is the region of its demands (without their own), matches, conversations and
 * ratings received: when it changes, every day of those records is dirty. Other changes to an
 * organization (its name, its profile) move no figure and mark nothing.
 */
const ORGANIZATION_MARKING =
  `CREATE FUNCTION "reporting_mark_organizations"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO reporting_dirty_days (figure, day)
    SELECT DISTINCT figure, day FROM (
      SELECT 'demands-published', ${beijingDay('d.published_at')} FROM demands d
       WHERE d.organization_id IN (SELECT id FROM moved) AND d.published_at IS NOT NULL
      UNION ALL SELECT 'matches', ${beijingDay('m.created_at')} FROM matches m
       WHERE m.source_organization_id IN (SELECT id FROM moved)
      UNION ALL SELECT 'conversations', ${beijingDay('c.created_at')} FROM conversations c
       WHERE c.source_organization_id IN (SELECT id FROM moved)
      UNION ALL SELECT 'ratings', ${beijingDay('r.created_at')} FROM ratings r
       WHERE r.enterprise_id IN (SELECT id FROM moved)
    ) k(figure, day);
    RETURN NULL;
  END $$`.replaceAll(
    'FROM moved',
    'FROM new_rows n JOIN old_rows o USING (id) WHERE n.region_code IS DISTINCT FROM o.region_code',
  );

/** The figures of `reporting_facts` summed by day, region and the deal breakdown columns. */
const DAILY_FROM_FACTS = `
  SELECT figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code,
         count(*)::int, sum(amount)::bigint
    FROM reporting_facts
   GROUP BY figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code`;

/**
 * Issue 18: the dashboards' pre-aggregated read model. `reporting_daily` holds, per figure, Beijing day,
 * region and the deal breakdown columns, the count and sum of the `reporting_facts` rows, filled here
 * from the view. Statement triggers on every table the view reads write the (figure, day) keys a change
 * can move to `reporting_dirty_days`, in the writer's own transaction; a reader re-counts those keys from
 * the view before it reads (libs/reporting `ReportingDaily`), so the aggregate is exact on every read
 * (docs/REPORTING.md).
 */
export class ReportingDaily1795800000000 implements MigrationInterface {
  name = 'ReportingDaily1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_daily" ("figure" text NOT NULL, "day" date NOT NULL, "region_code" text,
         "deal_kind" text, "tech_field" text, "seller_type" text, "ip_type" text, "buyer_region_code" text,
         "n" integer NOT NULL, "amount" bigint)`,
    );
    await queryRunner.query('CREATE INDEX "reporting_daily_day" ON "reporting_daily" ("day", "figure")');
    await queryRunner.query(
      'CREATE TABLE "reporting_dirty_days" ("figure" text NOT NULL, "day" date NOT NULL)',
    );
    for (const index of DAY_INDEXES) await queryRunner.query(index);
    for (const [table, keys] of Object.entries(TOUCHED_KEYS)) {
      await queryRunner.query(markingFunction(table, keys));
      for (const trigger of markingTriggers(table)) await queryRunner.query(trigger);
    }
    await queryRunner.query(ORGANIZATION_MARKING);
    await queryRunner.query(
      `CREATE TRIGGER "reporting_mark_update" AFTER UPDATE ON "organizations"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_organizations"()`,
    );
    await queryRunner.query(`INSERT INTO "reporting_daily" ${DAILY_FROM_FACTS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...Object.keys(TOUCHED_KEYS), 'organizations'])
      await queryRunner.query(`DROP FUNCTION "reporting_mark_${table}"() CASCADE`);
    for (const index of DAY_INDEXES) await queryRunner.query(`DROP INDEX "${/"(\w+)"/.exec(index)![1]}"`);
    await queryRunner.query('DROP TABLE "reporting_dirty_days"');
    await queryRunner.query('DROP TABLE "reporting_daily"');
  }
}
