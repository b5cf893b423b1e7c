import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: a match a party was told about is superseded by a re-score, never deleted (`superseded_at`);
 * a demand may be nationwide (no region code: 全国) and its owner may require its region
 * (`region_required`, 地域要求).
 */
export class MatchesSupersededNationwideDemands1795440000000 implements MigrationInterface {
  name = 'MatchesSupersededNationwideDemands1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "demands" ALTER COLUMN "region_code" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "demands" ADD "region_required" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "demands" DROP COLUMN "region_required"`);
    // A nationwide demand has no province to fall back to; down refuses rather than invent one.
    await queryRunner.query(`ALTER TABLE "demands" ALTER COLUMN "region_code" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "superseded_at"`);
  }
}
