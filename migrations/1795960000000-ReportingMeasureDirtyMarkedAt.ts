import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the worker re-counts the measured figures every few seconds and a dashboard read no longer
 * waits for it, except when a change has waited longer than a bound (the worker down or far behind).
 * When a key was marked is what tells: the marking triggers insert (figure, day) only, so the default
 * fills it (the writer's transaction start, never later than its commit). No index: the table holds the
 * last few seconds' keys, and every marking statement would pay for one.
 */
export class ReportingMeasureDirtyMarkedAt1795960000000 implements MigrationInterface {
  name = 'ReportingMeasureDirtyMarkedAt1795960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reporting_measure_dirty_days" ADD "marked_at" timestamptz NOT NULL DEFAULT now()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reporting_measure_dirty_days" DROP COLUMN "marked_at"');
  }
}
