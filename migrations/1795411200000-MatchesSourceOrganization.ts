import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organization's matches inbox holds both sides now: its postings as the source, newest first. */
export class MatchesSourceOrganization1795411200000 implements MigrationInterface {
  name = 'MatchesSourceOrganization1795411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "matches_source_organization" ON "matches"  ("source_organization_id", "updated_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."matches_source_organization"');
  }
}
