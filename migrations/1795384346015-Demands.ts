import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Demands1795384346015 implements MigrationInterface {
  name = 'Demands1795384346015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "demands" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "title" character varying(100) NOT NULL, "description" character varying(5000) NOT NULL, "category" character varying(20) NOT NULL, "industry_code" character varying(4), "fields" text array NOT NULL DEFAULT \'{}\', "keywords" text array NOT NULL DEFAULT \'{}\', "region_code" character(6) NOT NULL, "budget_min_yuan" bigint, "budget_max_yuan" bigint, "trl_required" smallint, "deadline" date, "cooperation_modes" text array NOT NULL DEFAULT \'{}\', "visibility" character varying(20) NOT NULL, "teaser" character varying(200), "nda_text" character varying(5000), "contact" jsonb, "attachments" jsonb NOT NULL DEFAULT \'[]\', "status" character varying(20) NOT NULL DEFAULT \'draft\', "rejection_reason" character varying(500), "close_reason" character varying(500), "view_count" integer NOT NULL DEFAULT \'0\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d63565b0747a0cfc73e319bfc03" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c4c378675a9044246fb92b53a6" ON "demands"  ("organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_a6fe33d9c1ca67e9797e0e8f34" ON "demands"  ("status") ');
    await queryRunner.query('CREATE INDEX "demands_board" ON "demands"  ("status", "published_at") ');
    await queryRunner.query(
      'CREATE TABLE "demand_access_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "message" character varying(500), "status" character varying(10) NOT NULL DEFAULT \'pending\', "nda_text_accepted" character varying(5000) NOT NULL, "nda_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ae4f4c5a2b7ff5a80809e472d0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a01cad615b9288079f42eeb951" ON "demand_access_requests"  ("demand_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "demand_access_requests_one_open" ON "demand_access_requests"  ("demand_id", "organization_id") WHERE status IN (\'pending\', \'granted\')',
    );
    await queryRunner.query(
      'ALTER TABLE "demands" ADD CONSTRAINT "FK_c4c378675a9044246fb92b53a62" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "demand_access_requests" ADD CONSTRAINT "FK_a01cad615b9288079f42eeb9512" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "demand_access_requests" ADD CONSTRAINT "FK_247a344d383e2eaafca23f91bde" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Technology-field filters (`field = ANY(fields)`, EXISTS over unnest) use this GIN index.
    await queryRunner.query('CREATE INDEX "demands_fields" ON "demands" USING gin ("fields")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."demands_fields"');
    await queryRunner.query(
      'ALTER TABLE "demand_access_requests" DROP CONSTRAINT "FK_247a344d383e2eaafca23f91bde"',
    );
    await queryRunner.query(
      'ALTER TABLE "demand_access_requests" DROP CONSTRAINT "FK_a01cad615b9288079f42eeb9512"',
    );
    await queryRunner.query('ALTER TABLE "demands" DROP CONSTRAINT "FK_c4c378675a9044246fb92b53a62"');
    await queryRunner.query('DROP INDEX "public"."demand_access_requests_one_open"');
    await queryRunner.query('DROP INDEX "public"."IDX_a01cad615b9288079f42eeb951"');
    await queryRunner.query('DROP TABLE "demand_access_requests"');
    await queryRunner.query('DROP INDEX "public"."demands_board"');
    await queryRunner.query('DROP INDEX "public"."IDX_a6fe33d9c1ca67e9797e0e8f34"');
    await queryRunner.query('DROP INDEX "public"."IDX_c4c378675a9044246fb92b53a6"');
    await queryRunner.query('DROP TABLE "demands"');
  }
}
