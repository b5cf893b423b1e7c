import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferencesAndDigests1795399679426 implements MigrationInterface {
  name = 'NotificationPreferencesAndDigests1795399679426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "digest_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "event_key" character varying(120) NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "digest_key" character varying(80), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "digest_items_user_event" UNIQUE ("user_id", "event_key"), CONSTRAINT "PK_f85763d8b12d80ae3d5e6dc95a4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "digest_items_pending" ON "digest_items"  ("user_id") WHERE digest_key IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "channel" character varying(20) NOT NULL, "mode" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33fb7d1b3c05464bbb180925aa7" PRIMARY KEY ("user_id", "kind", "channel"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."digest_items_pending"');
    await queryRunner.query('DROP TABLE "digest_items"');
  }
}
