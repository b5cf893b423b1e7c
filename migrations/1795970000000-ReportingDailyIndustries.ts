import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The keys of `reporting_daily` besides figure and day. */
const KEYS = 'region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code';

/**
 * Issue 18: the overview by industry read the year's `reporting_daily_parties` rows (277 k at the bench's
 * scale, ~170 ms alone of its p95 283 ms): that aggregate is keyed by each record's parties, and nearly every
 * meeting has parties of its own. A filter by industry asks only which industries those parties are in, so
 * `reporting_daily_industries` keys the same count and sum by the sorted distinct industry codes of the
 * record's parties instead (`{}` when none has one): a year collapses to ~78 k rows. Each row is still a set
 * of whole records, so "an industry code of the filter among them" selects exactly the records "a party
 * among the industry's organizations" selects, each once however many of its parties are in the industry.
 * - it is derived from `reporting_daily_parties` (here, in the re-count and in the check, libs/reporting
 *   `ReportingDaily`), never from a second read of the view: each distinct party set's organizations joined
 *   once by hash (a function looking each row's up cost ten times as much);
 * - an organization's industry is part of the key: when it changes, every (figure, day) of its records
 *   in `reporting_daily_parties` (its GIN index finds them) is dirty, and the next read re-counts them.
 */
export class ReportingDailyIndustries1795970000000 implements MigrationInterface {
  name = 'ReportingDailyIndustries1795970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The columns of `reporting_daily` (its keys, `n`, `amount`), keyed also by the industries.
    await queryRunner.query(
      `CREATE TABLE "reporting_daily_industries" (LIKE "reporting_daily", "industry_codes" text[] NOT NULL)`,
    );
    await queryRunner.query(
      'CREATE INDEX "reporting_daily_industries_day" ON "reporting_daily_industries" ("day", "figure")',
    );
    await queryRunner.query(
      `CREATE FUNCTION "reporting_mark_industries"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         moved uuid[] := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
                                WHERE n.industry_code IS DISTINCT FROM o.industry_code);
       BEGIN
         -- Most updates of an organization (its name, its profile) move no industry: nothing to look up.
         IF cardinality(moved) > 0 THEN
           INSERT INTO reporting_dirty_days (figure, day)
           SELECT DISTINCT figure, day FROM reporting_daily_parties WHERE organization_ids && moved;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "reporting_mark_industries" AFTER UPDATE ON "organizations"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_industries"()`,
    );
    // Each party set's industries once (sorted, distinct, {} when none), then the rows summed by them.
    await queryRunner.query(
      `WITH sets AS (
         SELECT s.ids, COALESCE(array_agg(DISTINCT o.industry_code ORDER BY o.industry_code)
                                FILTER (WHERE o.industry_code IS NOT NULL), '{}') AS codes
           FROM (SELECT DISTINCT organization_ids AS ids FROM reporting_daily_parties) s
           LEFT JOIN organizations o ON o.id = ANY(s.ids) GROUP BY s.ids)
       INSERT INTO "reporting_daily_industries" (figure, day, ${KEYS}, industry_codes, n, amount)
       SELECT figure, day, ${KEYS}, codes, sum(n)::int, sum(amount)::bigint
         FROM reporting_daily_parties JOIN sets ON sets.ids = organization_ids GROUP BY figure, day, ${KEYS}, codes`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION "reporting_mark_industries"() CASCADE');
    await queryRunner.query('DROP TABLE "reporting_daily_industries"');
  }
}
