import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent at registration (issue 16, PIPL): which version of the user agreement and privacy policy each
 * user accepted, and when. Accounts from before stay null: they never saw a version.
 */
export class RegistrationConsent1795610000000 implements MigrationInterface {
  name = 'RegistrationConsent1795610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "consent_version" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "consented_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "consented_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "consent_version"`);
  }
}
