import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PostingImports1795621000000 implements MigrationInterface {
  name = 'PostingImports1795621000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "posting_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "kind" character varying(20) NOT NULL, "format" character varying(10) NOT NULL, "total_rows" integer NOT NULL, "created_count" integer NOT NULL, "duplicate_count" integer NOT NULL, "error_count" integer NOT NULL, "rows" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3cc8c5d3f807dd6247a5f132ee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "posting_imports_organization" ON "posting_imports"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "posting_imports" ADD CONSTRAINT "FK_dcbfd9d576a5969d0ae54b3bd0c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posting_imports" DROP CONSTRAINT "FK_dcbfd9d576a5969d0ae54b3bd0c"');
    await queryRunner.query('DROP INDEX "public"."posting_imports_organization"');
    await queryRunner.query('DROP TABLE "posting_imports"');
  }
}
