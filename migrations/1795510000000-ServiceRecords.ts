import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceRecords1795510000000 implements MigrationInterface {
  name = 'ServiceRecords1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "dispatches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "expert_ids" uuid array NOT NULL, "enterprise_id" uuid, "region_code" character(6), "starts_on" date NOT NULL, "ends_on" date NOT NULL, "goals" character varying(2000) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "dispatches_period" CHECK (ends_on >= starts_on), CONSTRAINT "dispatches_one_target" CHECK ((enterprise_id IS NULL) <> (region_code IS NULL)), CONSTRAINT "PK_e4f5defc12b20b66acf58f5c8b9" PRIMARY KEY ("id"))',
    );
    // Written by hand (synchronize: false on the entity): the dispatches an expert is on, for 特派员 lists.
    await queryRunner.query('CREATE INDEX "dispatches_expert_ids" ON "dispatches" USING gin ("expert_ids")');
    await queryRunner.query(
      'CREATE INDEX "dispatches_organization_starts_on" ON "dispatches"  ("organization_id", "starts_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "follow_up_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "target_type" character varying(10) NOT NULL, "target_id" uuid NOT NULL, "due_on" date NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminder_queued_at" TIMESTAMP WITH TIME ZONE, "assignee_user_id" uuid, "status" character varying(10) NOT NULL DEFAULT \'open\', "done_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59b8a8794c3c8b1c1f3a5bccd46" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_up_tasks_reminders_due" ON "follow_up_tasks"  ("remind_at") WHERE status = \'open\' AND reminder_queued_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_up_tasks_target" ON "follow_up_tasks"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_up_tasks_organization_due_on" ON "follow_up_tasks"  ("organization_id", "due_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "subject_type" character varying(12) NOT NULL, "subject_id" uuid NOT NULL, "provider_organization_id" uuid NOT NULL, "score" smallint NOT NULL, "comment" character varying(1000) NOT NULL DEFAULT \'\', "rated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ratings_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_0f31425b073219379545ad68ed9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ratings_provider_created" ON "ratings"  ("provider_organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ratings_subject_enterprise_key" ON "ratings"  ("subject_type", "subject_id", "enterprise_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "service_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "enterprise_region_code" character(6) NOT NULL, "dispatch_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "served_on" date NOT NULL, "task" character varying(200) NOT NULL, "hours" numeric(6,1) NOT NULL, "result" character varying(4000) NOT NULL, "visit_id" uuid, CONSTRAINT "service_logs_hours_positive" CHECK (hours > 0), CONSTRAINT "PK_bca63249c66fd0803d17ca79e6e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "service_logs_enterprise_served_on" ON "service_logs"  ("enterprise_id", "served_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "service_logs_organization_served_on" ON "service_logs"  ("organization_id", "served_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "enterprise_region_code" character(6) NOT NULL, "dispatch_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "visited_on" date NOT NULL, "place" character varying(200) NOT NULL, "people_met" jsonb NOT NULL, "findings" character varying(4000) NOT NULL, "needs" jsonb NOT NULL, CONSTRAINT "PK_0b0b322289a41015c6ea4e8bf30" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "visits_region_visited_on" ON "visits"  ("enterprise_region_code", "visited_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "visits_enterprise_visited_on" ON "visits"  ("enterprise_id", "visited_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "visits_organization_visited_on" ON "visits"  ("organization_id", "visited_on") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."visits_organization_visited_on"');
    await queryRunner.query('DROP INDEX "public"."visits_enterprise_visited_on"');
    await queryRunner.query('DROP INDEX "public"."visits_region_visited_on"');
    await queryRunner.query('DROP TABLE "visits"');
    await queryRunner.query('DROP INDEX "public"."service_logs_organization_served_on"');
    await queryRunner.query('DROP INDEX "public"."service_logs_enterprise_served_on"');
    await queryRunner.query('DROP TABLE "service_logs"');
    await queryRunner.query('DROP INDEX "public"."ratings_subject_enterprise_key"');
    await queryRunner.query('DROP INDEX "public"."ratings_provider_created"');
    await queryRunner.query('DROP TABLE "ratings"');
    await queryRunner.query('DROP INDEX "public"."follow_up_tasks_organization_due_on"');
    await queryRunner.query('DROP INDEX "public"."follow_up_tasks_target"');
    await queryRunner.query('DROP INDEX "public"."follow_up_tasks_reminders_due"');
    await queryRunner.query('DROP TABLE "follow_up_tasks"');
    await queryRunner.query('DROP INDEX "public"."dispatches_organization_starts_on"');
    await queryRunner.query('DROP INDEX "public"."dispatches_expert_ids"');
    await queryRunner.query('DROP TABLE "dispatches"');
  }
}
