import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access requests for every confidential kind (issue 16): one table keyed by posting kind and id. The
 * demands' requests move into it with their ids, statuses, NDA texts and decisions, so grants stand and
 * audit rows (which name the request id) still point at them.
 */
export class AccessRequests1795600000000 implements MigrationInterface {
  name = 'AccessRequests1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "access_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "posting_kind" character varying(20) NOT NULL, "posting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "message" character varying(500), "status" character varying(10) NOT NULL DEFAULT \'pending\', "nda_text_accepted" character varying(5000) NOT NULL, "nda_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f89e51c15e3dbea13aa248fe128" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_10a23630b4d9d87c95b3c3628e" ON "access_requests"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "access_requests_posting" ON "access_requests"  ("posting_kind", "posting_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "access_requests_one_open" ON "access_requests"  ("posting_kind", "posting_id", "organization_id") WHERE status IN (\'pending\', \'granted\')',
    );
    await queryRunner.query(
      'ALTER TABLE "access_requests" ADD CONSTRAINT "FK_10a23630b4d9d87c95b3c3628ed" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO "access_requests" ("id", "posting_kind", "posting_id", "organization_id", "requested_by", "message",
         "status", "nda_text_accepted", "nda_accepted_at", "decided_by", "decided_at", "reason", "created_at")
       SELECT "id", 'demand', "demand_id", "organization_id", "requested_by", "message", "status",
         "nda_text_accepted", "nda_accepted_at", "decided_by", "decided_at", "reason", "created_at"
         FROM "demand_access_requests"`,
    );
    await queryRunner.query('DROP TABLE "demand_access_requests"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
      'ALTER TABLE "demand_access_requests" ADD CONSTRAINT "FK_a01cad615b9288079f42eeb9512" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "demand_access_requests" ADD CONSTRAINT "FK_247a344d383e2eaafca23f91bde" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Requests to other kinds have no place in the old table and are dropped with the new one.
    await queryRunner.query(
      `INSERT INTO "demand_access_requests" ("id", "demand_id", "organization_id", "requested_by", "message", "status",
         "nda_text_accepted", "nda_accepted_at", "decided_by", "decided_at", "reason", "created_at")
       SELECT r."id", r."posting_id", r."organization_id", r."requested_by", r."message", r."status",
         r."nda_text_accepted", r."nda_accepted_at", r."decided_by", r."decided_at", r."reason", r."created_at"
         FROM "access_requests" r JOIN "demands" d ON d."id" = r."posting_id" WHERE r."posting_kind" = 'demand'`,
    );
    await queryRunner.query('ALTER TABLE "access_requests" DROP CONSTRAINT "FK_10a23630b4d9d87c95b3c3628ed"');
    await queryRunner.query('DROP INDEX "public"."access_requests_one_open"');
    await queryRunner.query('DROP INDEX "public"."access_requests_posting"');
    await queryRunner.query('DROP INDEX "public"."IDX_10a23630b4d9d87c95b3c3628e"');
    await queryRunner.query('DROP TABLE "access_requests"');
  }
}
