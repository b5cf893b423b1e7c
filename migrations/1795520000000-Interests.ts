import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Interests1795520000000 implements MigrationInterface {
  name = 'Interests1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "interest_blocks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_organization_id" uuid NOT NULL, "blocked_organization_id" uuid NOT NULL, "reported" boolean NOT NULL DEFAULT false, "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8662de887ecca409ac7db9de19" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "interest_blocks_pair" ON "interest_blocks"  ("owner_organization_id", "blocked_organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "posting_kind" character varying(20) NOT NULL, "posting_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "offered_kind" character varying(20), "offered_id" uuid, "conversation_id" uuid NOT NULL, "message_id" uuid NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2dc7b6f9a8bcf9e3f9312a879d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1b2ec7249c7fc9e9de0e8c089c" ON "interests"  ("owner_organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "interests_organization_day" ON "interests"  ("organization_id", "created_at") ',
    );
    await queryRunner.query('ALTER TABLE "conversations" ADD "posting_kind" character varying(20)');
    await queryRunner.query('ALTER TABLE "conversations" ADD "posting_id" uuid');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "conversations_posting_key" ON "conversations"  ("posting_kind", "posting_id", "source_organization_id") WHERE posting_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "interest_blocks" ADD CONSTRAINT "FK_be44b180850213848083d697533" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interest_blocks" ADD CONSTRAINT "FK_8a060e1bcf8e673a003ed9f01e9" FOREIGN KEY ("blocked_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interests" ADD CONSTRAINT "FK_1b2ec7249c7fc9e9de0e8c089ca" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interests" ADD CONSTRAINT "FK_064419731d10bdb007216db9af6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interests" ADD CONSTRAINT "FK_61e5fc844bce41a24e0812727d5" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "interests" DROP CONSTRAINT "FK_61e5fc844bce41a24e0812727d5"');
    await queryRunner.query('ALTER TABLE "interests" DROP CONSTRAINT "FK_064419731d10bdb007216db9af6"');
    await queryRunner.query('ALTER TABLE "interests" DROP CONSTRAINT "FK_1b2ec7249c7fc9e9de0e8c089ca"');
    await queryRunner.query('ALTER TABLE "interest_blocks" DROP CONSTRAINT "FK_8a060e1bcf8e673a003ed9f01e9"');
    await queryRunner.query('ALTER TABLE "interest_blocks" DROP CONSTRAINT "FK_be44b180850213848083d697533"');
    await queryRunner.query('DROP INDEX "public"."conversations_posting_key"');
    await queryRunner.query('ALTER TABLE "conversations" DROP COLUMN "posting_id"');
    await queryRunner.query('ALTER TABLE "conversations" DROP COLUMN "posting_kind"');
    await queryRunner.query('DROP INDEX "public"."interests_organization_day"');
    await queryRunner.query('DROP INDEX "public"."IDX_1b2ec7249c7fc9e9de0e8c089c"');
    await queryRunner.query('DROP TABLE "interests"');
    await queryRunner.query('DROP INDEX "public"."interest_blocks_pair"');
    await queryRunner.query('DROP TABLE "interest_blocks"');
  }
}
