import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells the planner what a full-text match really costs. PostgreSQL prices `tsvector @@ tsquery` like
 * an integer comparison (COST 1), so for a common word (国产化替代 matches 18 % of the catalogue) it prefers
 * a sequential scan that stops after the search's candidate cap, and then pays for reading and matching
 * every tsvector on the way: 50 ms against 10–25 ms for the GIN bitmap (docs/BENCHMARKS.md, Search).
 * At COST 100 the GIN index is chosen whenever the tsquery can use it.
 *
 * The setting lives in this database's catalog and needs the function's owner (a superuser): where the
 * migrations run with less, it is skipped with a notice and search stays correct, only slower on very
 * common words. A restore from pg_dump does not carry it over; re-run this statement after one.
 */
export class TsMatchCost1795399700000 implements MigrationInterface {
  name = 'TsMatchCost1795399700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(costStatement(100));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(costStatement(1));
  }
}

function costStatement(cost: number): string {
  return `DO $$ BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST ${cost};
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ts_match_vq cost left as it is: the migrating role does not own it';
  END $$`;
}
