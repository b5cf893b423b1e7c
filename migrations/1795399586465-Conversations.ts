import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1795399586465 implements MigrationInterface {
  name = 'Conversations1795399586465';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid, "source_organization_id" uuid NOT NULL, "candidate_organization_id" uuid NOT NULL, "subject" character varying(600) NOT NULL, "created_by" uuid, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "conversations_match_id_key" ON "conversations"  ("match_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "conversations_candidate_organization" ON "conversations"  ("candidate_organization_id", "last_message_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "conversations_source_organization" ON "conversations"  ("source_organization_id", "last_message_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "author_user_id" uuid, "author_organization_id" uuid NOT NULL, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "messages_conversation_created" ON "messages"  ("conversation_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "conversation_reads" ("conversation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_afbcfc37a2388c540cbcb657f88" PRIMARY KEY ("conversation_id", "organization_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "conversations" ADD CONSTRAINT "FK_aa63ffa7f6a65ba46a12b7850d7" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversations" ADD CONSTRAINT "FK_e91f4b8824825b78731a8931ec2" FOREIGN KEY ("source_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversations" ADD CONSTRAINT "FK_8f6e6ac1f95d6dd01b2a8428460" FOREIGN KEY ("candidate_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversations" ADD CONSTRAINT "FK_81d92d15c62b3fff79c617c9043" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "FK_9ff5ade37f97e224f67596ab6e0" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "FK_a64fdc10ef04a0f1a7ea0f08759" FOREIGN KEY ("author_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_reads" ADD CONSTRAINT "FK_25d515c61b895dc8d16c4a74ca0" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_reads" ADD CONSTRAINT "FK_4d9ebb2f6c1d2d37f138cc584c1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "conversation_reads" DROP CONSTRAINT "FK_4d9ebb2f6c1d2d37f138cc584c1"',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_reads" DROP CONSTRAINT "FK_25d515c61b895dc8d16c4a74ca0"',
    );
    await queryRunner.query('ALTER TABLE "messages" DROP CONSTRAINT "FK_a64fdc10ef04a0f1a7ea0f08759"');
    await queryRunner.query('ALTER TABLE "messages" DROP CONSTRAINT "FK_9ff5ade37f97e224f67596ab6e0"');
    await queryRunner.query('ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"');
    await queryRunner.query('ALTER TABLE "conversations" DROP CONSTRAINT "FK_81d92d15c62b3fff79c617c9043"');
    await queryRunner.query('ALTER TABLE "conversations" DROP CONSTRAINT "FK_8f6e6ac1f95d6dd01b2a8428460"');
    await queryRunner.query('ALTER TABLE "conversations" DROP CONSTRAINT "FK_e91f4b8824825b78731a8931ec2"');
    await queryRunner.query('ALTER TABLE "conversations" DROP CONSTRAINT "FK_aa63ffa7f6a65ba46a12b7850d7"');
    await queryRunner.query('DROP TABLE "conversation_reads"');
    await queryRunner.query('DROP INDEX "public"."messages_conversation_created"');
    await queryRunner.query('DROP TABLE "messages"');
    await queryRunner.query('DROP INDEX "public"."conversations_source_organization"');
    await queryRunner.query('DROP INDEX "public"."conversations_candidate_organization"');
    await queryRunner.query('DROP INDEX "public"."conversations_match_id_key"');
    await queryRunner.query('DROP TABLE "conversations"');
  }
}
