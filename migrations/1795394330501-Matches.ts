import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matches1795394330501 implements MigrationInterface {
  name = 'Matches1795394330501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_kind" character varying(20) NOT NULL, "source_id" uuid NOT NULL, "source_organization_id" uuid NOT NULL, "candidate_kind" character varying(20) NOT NULL, "candidate_id" uuid NOT NULL, "candidate_organization_id" uuid NOT NULL, "score" numeric(6,4) NOT NULL, "features" jsonb NOT NULL, "reasons" jsonb NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'new\', "decline_reason_code" character varying(30), "decline_text" character varying(500), "declined_by" character varying(10), "score_history" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "matches_pair" UNIQUE ("source_kind", "source_id", "candidate_kind", "candidate_id"), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "matches_candidate_organization" ON "matches"  ("candidate_organization_id", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "matches_candidate" ON "matches"  ("candidate_kind", "candidate_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "matches_source_ranked" ON "matches"  ("source_kind", "source_id", "score") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."matches_source_ranked"');
    await queryRunner.query('DROP INDEX "public"."matches_candidate"');
    await queryRunner.query('DROP INDEX "public"."matches_candidate_organization"');
    await queryRunner.query('DROP TABLE "matches"');
  }
}
