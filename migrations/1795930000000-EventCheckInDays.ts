import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A check-in per registration and event day (it was one per registration), so the second day of an event
 * has its own arrivals. A stored check-in counts for the day `attendanceDay` gives its time: the event day
 * it was on, else the next one, else (after the event) the last.
 */
export class EventCheckInDays1795930000000 implements MigrationInterface {
  name = 'EventCheckInDays1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event_check_ins" ADD "day" date');
    await queryRunner.query(`
      WITH arrival AS (
        SELECT c.registration_id, e.plan,
               ((c.checked_in_at AT TIME ZONE 'UTC')
                 + COALESCE(e.plan->>'utcOffset', '+08:00')::interval)::date AS local_day
          FROM event_check_ins c JOIN matchmaking_events e ON e.id = c.event_id)
      UPDATE event_check_ins c
         SET day = COALESCE(
               (SELECT min((d->>'date')::date) FROM jsonb_array_elements(a.plan->'days') d
                 WHERE (d->>'date')::date >= a.local_day),
               (SELECT max((d->>'date')::date) FROM jsonb_array_elements(a.plan->'days') d),
               a.local_day)
        FROM arrival a
       WHERE a.registration_id = c.registration_id`);
    await queryRunner.query('ALTER TABLE "event_check_ins" ALTER COLUMN "day" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "event_check_ins" DROP CONSTRAINT "PK_db5d56d5f9b8856804031a87f28"');
    await queryRunner.query(
      'ALTER TABLE "event_check_ins" ADD CONSTRAINT "PK_e76a386034a7b0afd6fc7d4c8a9" PRIMARY KEY ("registration_id", "day")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one check-in per registration: its first.
    await queryRunner.query(`
      DELETE FROM event_check_ins c USING event_check_ins earlier
       WHERE earlier.registration_id = c.registration_id AND earlier.day < c.day`);
    await queryRunner.query('ALTER TABLE "event_check_ins" DROP CONSTRAINT "PK_e76a386034a7b0afd6fc7d4c8a9"');
    await queryRunner.query(
      'ALTER TABLE "event_check_ins" ADD CONSTRAINT "PK_db5d56d5f9b8856804031a87f28" PRIMARY KEY ("registration_id")',
    );
    await queryRunner.query('ALTER TABLE "event_check_ins" DROP COLUMN "day"');
  }
}
