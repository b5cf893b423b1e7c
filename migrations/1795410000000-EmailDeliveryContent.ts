import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Email deliveries keep what they send, so the reconciler can finish a released claim no retry took up. */
export class EmailDeliveryContent1795410000000 implements MigrationInterface {
  name = 'EmailDeliveryContent1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "email_deliveries" ADD "content" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "email_deliveries" DROP COLUMN "content"');
  }
}
