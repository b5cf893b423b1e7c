import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1795530000000 implements MigrationInterface {
  name = 'Files1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_kind" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "purpose" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c16b9093a142e0e7613b04a3d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "files_owner" ON "files"  ("owner_kind", "owner_id", "created_at") WHERE removed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."files_owner"');
    await queryRunner.query('DROP TABLE "files"');
  }
}
