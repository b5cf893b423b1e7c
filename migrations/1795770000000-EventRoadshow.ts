import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventRoadshow1795770000000 implements MigrationInterface {
  name = 'EventRoadshow1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_roadshow_pitches" ("event_id" uuid NOT NULL, "project_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_df2e22ab3471de07c04fcac30f5" PRIMARY KEY ("event_id", "project_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "event_roadshow_marks" ("event_id" uuid NOT NULL, "project_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "mark" character varying(20) NOT NULL, "match_id" uuid NOT NULL, "marked_by" uuid NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d546b5ff64b62693e16f113de80" PRIMARY KEY ("event_id", "project_id", "registration_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_pitches" ADD CONSTRAINT "FK_be840fa7fd8009b4a713f86f99e" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_pitches" ADD CONSTRAINT "FK_a8ecdc68a0d23d7b68d2c374fd2" FOREIGN KEY ("registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_marks" ADD CONSTRAINT "FK_aab5b555fb8cba2bf6a201cd2ae" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_marks" ADD CONSTRAINT "FK_99ccc4771a834e15f479a22dc1d" FOREIGN KEY ("registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_marks" DROP CONSTRAINT "FK_99ccc4771a834e15f479a22dc1d"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_marks" DROP CONSTRAINT "FK_aab5b555fb8cba2bf6a201cd2ae"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_pitches" DROP CONSTRAINT "FK_a8ecdc68a0d23d7b68d2c374fd2"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_roadshow_pitches" DROP CONSTRAINT "FK_be840fa7fd8009b4a713f86f99e"',
    );
    await queryRunner.query('DROP TABLE "event_roadshow_marks"');
    await queryRunner.query('DROP TABLE "event_roadshow_pitches"');
  }
}
