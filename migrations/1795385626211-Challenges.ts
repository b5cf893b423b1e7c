import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Challenges1795385626211 implements MigrationInterface {
  name = 'Challenges1795385626211';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "award_yuan" bigint NOT NULL, "deadline" date NOT NULL, "criteria" jsonb NOT NULL, "description" character varying(2000), "status" character varying(10) NOT NULL DEFAULT \'open\', "awarded_proposal_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_cee42893d9c30813c01cdf9d27" UNIQUE ("demand_id"), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "challenges_demand_id_key" ON "challenges"  ("demand_id") ');
    await queryRunner.query(
      'CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "submitted_by" uuid NOT NULL, "summary" character varying(500) NOT NULL, "approach" character varying(5000) NOT NULL, "team" character varying(2000) NOT NULL, "cost_yuan" bigint NOT NULL, "duration_days" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'submitted\', "scores" jsonb, "total_score" numeric(5,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dc33bf3a873077f778084dd95a" ON "proposals"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposals_challenge_id_organization_id_key" ON "proposals"  ("challenge_id", "organization_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "challenges" ADD CONSTRAINT "FK_cee42893d9c30813c01cdf9d279" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_c4bf1d7ff00fb2d9e4d5ff4dcb3" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_dc33bf3a873077f778084dd95a7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_dc33bf3a873077f778084dd95a7"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_c4bf1d7ff00fb2d9e4d5ff4dcb3"');
    await queryRunner.query('ALTER TABLE "challenges" DROP CONSTRAINT "FK_cee42893d9c30813c01cdf9d279"');
    await queryRunner.query('DROP INDEX "public"."proposals_challenge_id_organization_id_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_dc33bf3a873077f778084dd95a"');
    await queryRunner.query('DROP TABLE "proposals"');
    await queryRunner.query('DROP INDEX "public"."challenges_demand_id_key"');
    await queryRunner.query('DROP TABLE "challenges"');
  }
}
