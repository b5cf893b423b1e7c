import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795395846564 implements MigrationInterface {
  name = 'Notifications1795395846564';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "event_key" character varying(120) NOT NULL, "channel" character varying(20) NOT NULL DEFAULT \'in-app\', "subject_type" character varying(30) NOT NULL, "subject_id" uuid NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "body_zh" character varying(1000) NOT NULL, "body_en" character varying(1000) NOT NULL, "link" character varying(300) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notifications_event_user_channel" UNIQUE ("event_key", "user_id", "channel"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_user_unread" ON "notifications"  ("user_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_user_created" ON "notifications"  ("user_id", "created_at", "id") ',
    );
    await queryRunner.query('ALTER TABLE "matches" ADD "notified_score" numeric(6,4)');
    await queryRunner.query('ALTER TABLE "matches" ADD "notified_at" TIMESTAMP WITH TIME ZONE');
    // Matches stored before notifications existed are already in the parties' lists: count them as told,
    // so the first edit after this deploy does not send a burst of mail about old matches.
    await queryRunner.query('UPDATE "matches" SET "notified_score" = "score", "notified_at" = "updated_at"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "matches" DROP COLUMN "notified_at"');
    await queryRunner.query('ALTER TABLE "matches" DROP COLUMN "notified_score"');
    await queryRunner.query('DROP INDEX "public"."notifications_user_created"');
    await queryRunner.query('DROP INDEX "public"."notifications_user_unread"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
