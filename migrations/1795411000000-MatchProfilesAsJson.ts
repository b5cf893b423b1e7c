import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored match profiles as json, not jsonb: they are only ever written and read whole, and a match
 * reads two hundred of them, which jsonb renders back to text term by term (a third of the candidate
 * statement's time) while json hands over the text it keeps.
 */
export class MatchProfilesAsJson1795411000000 implements MigrationInterface {
  name = 'MatchProfilesAsJson1795411000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "match_profiles" ALTER COLUMN "profile" TYPE json USING "profile"::json',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "match_profiles" ALTER COLUMN "profile" TYPE jsonb USING "profile"::jsonb',
    );
  }
}
