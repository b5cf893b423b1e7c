import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * fuzzystrmatch's edit distance for typo correction (issue 15): trigram similarity alone took a correctly
 * spelled word that no posting uses for a typo of a different known word (graphene → graphite). A
 * correction must now also be within a typo or two of the word (postgres-search.engine.ts).
 */
export class SearchTypoDistance1795540000000 implements MigrationInterface {
  name = 'SearchTypoDistance1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
