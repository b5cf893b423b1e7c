import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The figures counted distinct, whose records `reporting_measure_months` keeps per month and region. */
const DISTINCT = `('experts-mobilized', 'enterprises-served')`;

/**
 * Issue 18: the overview filtered by organization or industry (or a society's own scope) counted the
 * distinct figures over every row of the period (818 k for the bench's year of 江苏: p95 617 ms by
 * industry) where an unfiltered one reads the months (66 k). A record counts in a month under such a
 * filter iff one of its rows there has a party that passes it — iff the union of those rows' parties does
 * (each filter asks for some party: the organization, or one of the industry's) — so the months keep that
 * union, `parties`, sorted and distinct, and answer the filter as they answer the region.
 * - `reporting_parties(uuid[])`: the aggregate of that union (no NULLs), the same for the fill, the re-count
 *   and the nightly check;
 * - `reporting_measure_rows_record`: a record's rows of a month, which the re-count reads again to rebuild
 *   the union of a month it touched (a union cannot be decremented);
 * - `reporting_measure_months_parties`: GIN, an organization's months;
 * - `reporting_measure_rows_tech_field`: no row of a measured figure has a technology field today (the
 *   view's branches give NULL), so a field filter counts none; this index of the rows that have one (none)
 *   answers it at once where the day index read every row of the period to find that out.
 */
export class ReportingMeasureParties1795965000000 implements MigrationInterface {
  name = 'ReportingMeasureParties1795965000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "reporting_sorted_parties"(uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT COALESCE(array_agg(DISTINCT party ORDER BY party), '{}') FROM unnest($1) party WHERE party IS NOT NULL $$`,
    );
    await queryRunner.query(
      `CREATE AGGREGATE "reporting_parties"(uuid[])
         (SFUNC = array_cat, STYPE = uuid[], INITCOND = '{}', FINALFUNC = "reporting_sorted_parties")`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_measure_months" ADD "parties" uuid[] NOT NULL DEFAULT '{}'`,
    );
    // Rebuilt from the rows, which the months count (the nightly check holds them to it).
    await queryRunner.query('TRUNCATE "reporting_measure_months"');
    await queryRunner.query(
      `INSERT INTO reporting_measure_months (figure, month, region_code, record_id, n, parties)
       SELECT figure, date_trunc('month', day)::date, region_code, record_id, count(*)::int, reporting_parties(organization_ids)
         FROM reporting_measure_rows WHERE figure IN ${DISTINCT} GROUP BY 1, 2, 3, 4`,
    );
    // Every writer names the parties: a month without them would pass no filter, silently.
    await queryRunner.query(`ALTER TABLE "reporting_measure_months" ALTER "parties" DROP DEFAULT`);
    await queryRunner.query(
      'CREATE INDEX "reporting_measure_months_parties" ON "reporting_measure_months" USING gin ("parties")',
    );
    await queryRunner.query(
      'CREATE INDEX "reporting_measure_rows_record" ON "reporting_measure_rows" ("figure", "record_id", "day")',
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_measure_rows_tech_field" ON "reporting_measure_rows" ("figure", "tech_field", "day")
         WHERE "tech_field" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "reporting_measure_rows_tech_field"');
    await queryRunner.query('DROP INDEX "reporting_measure_rows_record"');
    await queryRunner.query('ALTER TABLE "reporting_measure_months" DROP "parties"');
    await queryRunner.query('DROP AGGREGATE "reporting_parties"(uuid[])');
    await queryRunner.query('DROP FUNCTION "reporting_sorted_parties"(uuid[])');
  }
}
