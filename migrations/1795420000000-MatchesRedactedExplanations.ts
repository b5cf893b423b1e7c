import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: a match keeps its warnings apart from its reasons, and, for a pair with a confidential side,
 * the explanation as the other side may read it without a grant (`redacted`). Existing rows get none:
 * the presenter shows them no reasons for a confidential side until the next matching run stores them.
 */
export class MatchesRedactedExplanations1795420000000 implements MigrationInterface {
  name = 'MatchesRedactedExplanations1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" ADD "warnings" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "matches" ADD "redacted" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "redacted"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "warnings"`);
  }
}
