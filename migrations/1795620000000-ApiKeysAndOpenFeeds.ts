import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeysAndOpenFeeds1795620000000 implements MigrationInterface {
  name = 'ApiKeysAndOpenFeeds1795620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "rate_limit_per_minute" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"  ("key_hash") ');
    await queryRunner.query(
      'CREATE INDEX "api_keys_organization" ON "api_keys"  ("organization_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "demands_feed" ON "demands"  ("updated_at", "id") ');
    await queryRunner.query('CREATE INDEX "achievements_feed" ON "achievements"  ("updated_at", "id") ');
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a283bdef18876e525aefaec042f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_983d7eb19ca94bb8e343293068e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_983d7eb19ca94bb8e343293068e"');
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a283bdef18876e525aefaec042f"');
    await queryRunner.query('DROP INDEX "public"."achievements_feed"');
    await queryRunner.query('DROP INDEX "public"."demands_feed"');
    await queryRunner.query('DROP INDEX "public"."api_keys_organization"');
    await queryRunner.query('DROP INDEX "public"."api_keys_key_hash_key"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
