import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The keys of `reporting_daily` besides figure and day, and the parties a record belongs to. */
const PARTIES_KEYS =
  'figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code, organization_ids';

/**
 * Issue 18: the filtered dashboards' aggregate. `reporting_daily` keeps no party of a record, so an
 * overview filtered by organization or industry, and a society's or service agency's own scope, read the
 * whole `reporting_facts` view (seconds at the issue's scale). `reporting_daily_parties` holds the same
 * count and sum per figure, day, region and deal breakdown columns and, as a key too, the record's
 * `organization_ids` exactly as the view gives them: every row is a set of whole records, so
 * `organization_ids @> ARRAY[x]` (one party) and `organization_ids && ARRAY[…]` (any organization of an
 * industry) select exactly the records the same condition selects in the view, and their sums are its
 * counts. It is kept like `reporting_daily`: the same dirty (figure, day) keys, re-counted into both in
 * one statement, and the same nightly check (libs/reporting `ReportingDaily`).
 *
 * An event's registrations give its meetings their parties: when a registration's organization changes,
 * the days of its meetings are dirty. And the matches (a million at the issue's scale, the only table of
 * the view that large) get an index on their parties, the very expression of the view's `organization_ids`,
 * so an organization's drill-down reads its own matches, not every match of the days it needs.
 */
export class ReportingDailyParties1795870000000 implements MigrationInterface {
  name = 'ReportingDailyParties1795870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_daily_parties" ("figure" text NOT NULL, "day" date NOT NULL, "region_code" text,
         "deal_kind" text, "tech_field" text, "seller_type" text, "ip_type" text, "buyer_region_code" text,
         "organization_ids" uuid[] NOT NULL, "n" integer NOT NULL, "amount" bigint)`,
    );
    await queryRunner.query(
      'CREATE INDEX "reporting_daily_parties_day" ON "reporting_daily_parties" ("day", "figure")',
    );
    await queryRunner.query(
      'CREATE INDEX "reporting_daily_parties_organizations" ON "reporting_daily_parties" USING gin ("organization_ids")',
    );
    await queryRunner.query(
      `CREATE FUNCTION "reporting_mark_event_registrations"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO reporting_dirty_days (figure, day)
         SELECT DISTINCT 'meetings', ((o.recorded_at AT TIME ZONE 'Asia/Shanghai')::date)
           FROM event_meetings m JOIN event_meeting_outcomes o ON o.meeting_id = m.id
          WHERE m.registration_a_id IN (SELECT id FROM moved) OR m.registration_b_id IN (SELECT id FROM moved);
         RETURN NULL;
       END $$`.replaceAll(
        'FROM moved',
        'FROM new_rows n JOIN old_rows o USING (id) WHERE n.organization_id IS DISTINCT FROM o.organization_id',
      ),
    );
    await queryRunner.query(
      `CREATE TRIGGER "reporting_mark_update" AFTER UPDATE ON "event_registrations"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_event_registrations"()`,
    );
    await queryRunner.query(
      `CREATE INDEX "matches_parties" ON "matches" USING gin ((ARRAY[source_organization_id, candidate_organization_id]))`,
    );
    await queryRunner.query(
      `INSERT INTO "reporting_daily_parties" (${PARTIES_KEYS}, n, amount)
       SELECT ${PARTIES_KEYS}, count(*)::int, sum(amount)::bigint FROM reporting_facts GROUP BY ${PARTIES_KEYS}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "matches_parties"');
    await queryRunner.query('DROP FUNCTION "reporting_mark_event_registrations"() CASCADE');
    await queryRunner.query('DROP TABLE "reporting_daily_parties"');
  }
}
