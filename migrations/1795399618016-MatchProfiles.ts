import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchProfiles1795399618016 implements MigrationInterface {
  name = 'MatchProfiles1795399618016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "match_profiles" ("kind" character varying(20) NOT NULL, "posting_id" uuid NOT NULL, "source_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" character varying(16) NOT NULL, "profile" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_51c8528a9634066592809bc148c" PRIMARY KEY ("kind", "posting_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "match_profiles"');
  }
}
