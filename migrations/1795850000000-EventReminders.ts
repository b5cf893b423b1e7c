import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events' meeting reminders, each queued once: its key is unique (issue 17). */
export class EventReminders1795850000000 implements MigrationInterface {
  name = 'EventReminders1795850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_reminders" ("key" character varying(120) NOT NULL, "event_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea698b8803fbbcb2e1714275ba1" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('CREATE INDEX "event_reminders_event" ON "event_reminders"  ("event_id") ');
    await queryRunner.query(
      'ALTER TABLE "event_reminders" ADD CONSTRAINT "FK_3e2431a78a7d6ae9f601e02208b" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event_reminders" DROP CONSTRAINT "FK_3e2431a78a7d6ae9f601e02208b"');
    await queryRunner.query('DROP INDEX "public"."event_reminders_event"');
    await queryRunner.query('DROP TABLE "event_reminders"');
  }
}
