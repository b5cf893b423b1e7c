import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a user proved their email address (the emailed confirmation link, or an accepted invitation).
 * Accounts that exist before this migration count as confirmed: they were made before confirmation
 * was asked for, and locking them out would help no one.
 */
export class EmailVerification1795430000000 implements MigrationInterface {
  name = 'EmailVerification1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
