import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day index of the measures' rows, covering what a measured figure reads of them, with or without `extra`. */
const rowsDayIndex = (extra: string) =>
  `CREATE INDEX "reporting_measure_rows_day" ON "reporting_measure_rows" ("figure", "day", "region_code")
     INCLUDE ("record_id", "amount"${extra})`;

/** The key of the measures' months, covering `parties` or not. */
const monthsKey = (include: string) =>
  `ALTER TABLE "reporting_measure_months" ADD CONSTRAINT "reporting_measure_months_key"
     UNIQUE NULLS NOT DISTINCT ("figure", "month", "region_code", "record_id")${include}`;

/**
 * Issue 18: the overview by industry tests each measured row's and month's parties against the industry's
 * organizations (by organization the GIN indexes find them; an industry's hundreds cannot), and the
 * parties were the one column its reads took from the tables: the year of 江苏's 48 k months of manufacturing
 * read through the key and then the heap cost 77–83 ms, the medians' 20 k rows read twice from the heap
 * 34 ms. With the parties in the indexes those reads are index-only: 43–44 and 24–25 ms (the same
 * database, the same plans otherwise). The months' key is the re-count's `ON CONFLICT` arbiter: its key
 * columns stay what they were, so it still is.
 */
export class ReportingMeasurePartiesCovered1795975000000 implements MigrationInterface {
  name = 'ReportingMeasurePartiesCovered1795975000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "reporting_measure_rows_day"');
    await queryRunner.query(rowsDayIndex(', "organization_ids"'));
    await queryRunner.query(
      'ALTER TABLE "reporting_measure_months" DROP CONSTRAINT "reporting_measure_months_key"',
    );
    await queryRunner.query(monthsKey(' INCLUDE ("parties")'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reporting_measure_months" DROP CONSTRAINT "reporting_measure_months_key"',
    );
    await queryRunner.query(monthsKey(''));
    await queryRunner.query('DROP INDEX "reporting_measure_rows_day"');
    await queryRunner.query(rowsDayIndex(''));
  }
}
