import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 信息报送: saved period reports, their review (评估反馈) and the figures frozen at submission. */
export class PeriodReports1795750000000 implements MigrationInterface {
  name = 'PeriodReports1795750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "period_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "serial" SERIAL NOT NULL, "organization_id" uuid NOT NULL, "recipient_organization_id" uuid NOT NULL, "scope" jsonb NOT NULL, "period_kind" character varying(8) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "title" character varying(200) NOT NULL, "note" character varying(4000) NOT NULL DEFAULT \'\', "case_ids" jsonb NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'draft\', "frozen" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" character varying(2000), CONSTRAINT "UQ_e0f59c6bb71564005f4dc0c0161" UNIQUE ("serial"), CONSTRAINT "PK_f6550890f74e302140071647080" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "period_reports_recipient_status" ON "period_reports"  ("recipient_organization_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "period_reports_organization_created" ON "period_reports"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "period_reports" ADD CONSTRAINT "FK_e81cc634e75c709211c76ef927e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "period_reports" ADD CONSTRAINT "FK_1e9872106ba2a666fc7f154d426" FOREIGN KEY ("recipient_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "period_reports" DROP CONSTRAINT "FK_1e9872106ba2a666fc7f154d426"');
    await queryRunner.query('ALTER TABLE "period_reports" DROP CONSTRAINT "FK_e81cc634e75c709211c76ef927e"');
    await queryRunner.query('DROP INDEX "public"."period_reports_organization_created"');
    await queryRunner.query('DROP INDEX "public"."period_reports_recipient_status"');
    await queryRunner.query('DROP TABLE "period_reports"');
  }
}
