import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery bookkeeping: the jobs each outbox row still waits for (rows written before this change count as
 * finished, so the first reconcile replays nothing old) and when an email attempt took its claim.
 */
export class Reliability1795399801260 implements MigrationInterface {
  name = 'Reliability1795399801260';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "outbox_events" ADD "pending_jobs" character varying(60) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "email_deliveries" ADD "claimed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "outbox_events_unfinished" ON "outbox_events"  ("dispatched_at") WHERE pending_jobs <> \'{}\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outbox_events_unfinished"');
    await queryRunner.query('ALTER TABLE "email_deliveries" DROP COLUMN "claimed_at"');
    await queryRunner.query('ALTER TABLE "outbox_events" DROP COLUMN "pending_jobs"');
  }
}
