import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchmakingEvents1795500000000 implements MigrationInterface {
  name = 'MatchmakingEvents1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "matchmaking_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizer_organization_id" uuid NOT NULL, "co_organizer_ids" uuid array NOT NULL DEFAULT \'{}\', "title" character varying(200) NOT NULL, "description" character varying(5000) NOT NULL DEFAULT \'\', "kind" character varying(12) NOT NULL, "format" character varying(8) NOT NULL, "venue_name" character varying(200), "venue_address" character varying(500), "region_code" character(6) NOT NULL, "plan" jsonb NOT NULL, "tables" jsonb NOT NULL, "pairing_rules" jsonb NOT NULL DEFAULT \'[]\', "max_meetings_per_participant" integer NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer, "approval_required" boolean NOT NULL DEFAULT true, "request_mode" character varying(12) NOT NULL, "scheduling_mode" character varying(16) NOT NULL, "request_expiry_hours" integer NOT NULL DEFAULT \'72\', "status" character varying(20) NOT NULL DEFAULT \'draft\', "agenda_version" integer NOT NULL DEFAULT \'0\', "agenda_published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "matchmaking_events_capacity_positive" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "matchmaking_events_cap_positive" CHECK (max_meetings_per_participant > 0), CONSTRAINT "PK_ea18dc209d1cbd91f5151594e59" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "matchmaking_events_status" ON "matchmaking_events"  ("status", "registration_deadline") ',
    );
    await queryRunner.query(
      'CREATE INDEX "matchmaking_events_organizer" ON "matchmaking_events"  ("organizer_organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "postings" jsonb NOT NULL, "attendees" jsonb NOT NULL DEFAULT \'[]\', "note" character varying(1000) NOT NULL DEFAULT \'\', "available_slot_ids" text array, "status" character varying(10) NOT NULL, "check_in_token" character varying(43) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_registrations_organization" UNIQUE ("event_id", "organization_id"), CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_registrations_check_in_token_key" ON "event_registrations"  ("check_in_token") ',
    );
    await queryRunner.query(
      'CREATE INDEX "event_registrations_organization_id" ON "event_registrations"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_meeting_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "from_registration_id" uuid NOT NULL, "to_registration_id" uuid NOT NULL, "from_posting_kind" character varying(20) NOT NULL, "from_posting_id" uuid NOT NULL, "to_posting_kind" character varying(20) NOT NULL, "to_posting_id" uuid NOT NULL, "match_id" uuid, "score" numeric(6,4) NOT NULL DEFAULT \'0\', "conversation_id" uuid, "message" character varying(1000) NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL, "decline_reason" character varying(500), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_meeting_requests_not_self" CHECK (from_registration_id <> to_registration_id), CONSTRAINT "PK_5e37f776be8f2872a9d32e62467" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "event_meeting_requests_to" ON "event_meeting_requests"  ("to_registration_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_meeting_requests_open_pair" ON "event_meeting_requests"  ("event_id", "from_registration_id", "to_registration_id") WHERE status IN (\'pending\', \'accepted\')',
    );
    await queryRunner.query(
      'CREATE TABLE "event_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "request_id" uuid, "registration_a_id" uuid NOT NULL, "registration_b_id" uuid NOT NULL, "score" numeric(6,4) NOT NULL DEFAULT \'0\', "slot_id" character varying(16), "table_id" character varying(40), "pinned" boolean NOT NULL DEFAULT false, "unplaced_reason" character varying(30), "unplaced_registration_id" uuid, "status" character varying(10) NOT NULL DEFAULT \'scheduled\', "sequence" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_meetings_placed_whole" CHECK ((slot_id IS NULL) = (table_id IS NULL)), CONSTRAINT "event_meetings_not_self" CHECK (registration_a_id <> registration_b_id), CONSTRAINT "PK_ea25ee87e5082cda9b6abc3f131" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_meetings_request_key" ON "event_meetings"  ("request_id") WHERE request_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_meetings_table_slot" ON "event_meetings"  ("event_id", "slot_id", "table_id") WHERE slot_id IS NOT NULL AND status = \'scheduled\'',
    );
    await queryRunner.query(
      'CREATE TABLE "event_meeting_seats" ("meeting_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "event_id" uuid NOT NULL, "slot_id" character varying(16) NOT NULL, CONSTRAINT "PK_473df5ece5bd61b9ee0101dcb47" PRIMARY KEY ("meeting_id", "registration_id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_meeting_seats_participant_slot" ON "event_meeting_seats"  ("event_id", "registration_id", "slot_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_check_ins" ("registration_id" uuid NOT NULL, "event_id" uuid NOT NULL, "method" character varying(4) NOT NULL, "checked_in_by" uuid NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db5d56d5f9b8856804031a87f28" PRIMARY KEY ("registration_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "event_meeting_outcomes" ("meeting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "event_id" uuid NOT NULL, "outcome" character varying(10) NOT NULL, "note" character varying(1000) NOT NULL DEFAULT \'\', "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae827290e4d7de3d88d691309b3" PRIMARY KEY ("meeting_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "event_meeting_outcomes_event" ON "event_meeting_outcomes"  ("event_id", "outcome") ',
    );
    await queryRunner.query(
      'ALTER TABLE "matchmaking_events" ADD CONSTRAINT "FK_13481c9af42c713e827c05a8639" FOREIGN KEY ("organizer_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_ee997080e379f82e9ce636b6948" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "FK_c83b6d8d551fda1a57f647b8db5" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "FK_d067bad2e70240a242cc9e1802a" FOREIGN KEY ("from_registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "FK_a47b10005aa40506d13a1ebfe6c" FOREIGN KEY ("to_registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meetings" ADD CONSTRAINT "FK_88678075440871156b9c9ee1ff0" FOREIGN KEY ("event_id") REFERENCES "matchmaking_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meetings" ADD CONSTRAINT "FK_7955db924aa70198d7e875d9c05" FOREIGN KEY ("request_id") REFERENCES "event_meeting_requests"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meetings" ADD CONSTRAINT "FK_cfa395af9b863fd78b3695f4805" FOREIGN KEY ("registration_a_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meetings" ADD CONSTRAINT "FK_0d0d90eb54dc81474b143c7beec" FOREIGN KEY ("registration_b_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_seats" ADD CONSTRAINT "FK_e7858a1918d51121a9984d95de0" FOREIGN KEY ("meeting_id") REFERENCES "event_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_db5d56d5f9b8856804031a87f28" FOREIGN KEY ("registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "FK_fee34f238669d9a51f4f9f14823" FOREIGN KEY ("meeting_id") REFERENCES "event_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_meeting_outcomes" DROP CONSTRAINT "FK_fee34f238669d9a51f4f9f14823"',
    );
    await queryRunner.query('ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_db5d56d5f9b8856804031a87f28"');
    await queryRunner.query(
      'ALTER TABLE "event_meeting_seats" DROP CONSTRAINT "FK_e7858a1918d51121a9984d95de0"',
    );
    await queryRunner.query('ALTER TABLE "event_meetings" DROP CONSTRAINT "FK_0d0d90eb54dc81474b143c7beec"');
    await queryRunner.query('ALTER TABLE "event_meetings" DROP CONSTRAINT "FK_cfa395af9b863fd78b3695f4805"');
    await queryRunner.query('ALTER TABLE "event_meetings" DROP CONSTRAINT "FK_7955db924aa70198d7e875d9c05"');
    await queryRunner.query('ALTER TABLE "event_meetings" DROP CONSTRAINT "FK_88678075440871156b9c9ee1ff0"');
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" DROP CONSTRAINT "FK_a47b10005aa40506d13a1ebfe6c"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" DROP CONSTRAINT "FK_d067bad2e70240a242cc9e1802a"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_meeting_requests" DROP CONSTRAINT "FK_c83b6d8d551fda1a57f647b8db5"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_ee997080e379f82e9ce636b6948"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d"',
    );
    await queryRunner.query(
      'ALTER TABLE "matchmaking_events" DROP CONSTRAINT "FK_13481c9af42c713e827c05a8639"',
    );
    await queryRunner.query('DROP INDEX "public"."event_meeting_outcomes_event"');
    await queryRunner.query('DROP TABLE "event_meeting_outcomes"');
    await queryRunner.query('DROP TABLE "event_check_ins"');
    await queryRunner.query('DROP INDEX "public"."event_meeting_seats_participant_slot"');
    await queryRunner.query('DROP TABLE "event_meeting_seats"');
    await queryRunner.query('DROP INDEX "public"."event_meetings_table_slot"');
    await queryRunner.query('DROP INDEX "public"."event_meetings_request_key"');
    await queryRunner.query('DROP TABLE "event_meetings"');
    await queryRunner.query('DROP INDEX "public"."event_meeting_requests_open_pair"');
    await queryRunner.query('DROP INDEX "public"."event_meeting_requests_to"');
    await queryRunner.query('DROP TABLE "event_meeting_requests"');
    await queryRunner.query('DROP INDEX "public"."event_registrations_organization_id"');
    await queryRunner.query('DROP INDEX "public"."event_registrations_check_in_token_key"');
    await queryRunner.query('DROP TABLE "event_registrations"');
    await queryRunner.query('DROP INDEX "public"."matchmaking_events_organizer"');
    await queryRunner.query('DROP INDEX "public"."matchmaking_events_status"');
    await queryRunner.query('DROP TABLE "matchmaking_events"');
  }
}
