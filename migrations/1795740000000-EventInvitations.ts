import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventInvitations1795740000000 implements MigrationInterface {
  name = 'EventInvitations1795740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "message" character varying(1000) NOT NULL DEFAULT \'\', "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48ba3c43da3ae3e1f824f671da7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_invitations_event_email" ON "event_invitations"  ("event_id", "email") ',
    );
    await queryRunner.query(
      'ALTER TABLE "event_invitations" ADD CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_invitations" DROP CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a"',
    );
    await queryRunner.query('DROP INDEX "public"."event_invitations_event_email"');
    await queryRunner.query('DROP TABLE "event_invitations"');
  }
}
