import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Subscriptions1795399920427 implements MigrationInterface {
  name = 'Subscriptions1795399920427';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "name" character varying(100) NOT NULL, "query" character varying(100) NOT NULL, "kind" character varying(30), "filters" jsonb NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "subscriptions_user_created" ON "subscriptions"  ("user_id", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."subscriptions_user_created"');
    await queryRunner.query('DROP TABLE "subscriptions"');
  }
}
