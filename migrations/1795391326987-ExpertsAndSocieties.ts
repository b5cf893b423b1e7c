import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experts, their claims and bulk imports, societies' profiles and service stations: the generated
 * tables, plus by hand the experts' listing indexes (as for the other catalogue kinds) and a GIN index on
 * their field codes.
 */

export class ExpertsAndSocieties1795391326987 implements MigrationInterface {
  name = 'ExpertsAndSocieties1795391326987';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "service_stations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "society_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "region_code" character(6) NOT NULL, "address" character varying(200), "contact_name" character varying(50), "contact_phone" character varying(30), "description" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdcb1cee079d8726bbf4662a293" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_212c831d647058ddf8f37d962a" ON "service_stations"  ("society_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "visibility" character varying(20) NOT NULL, "teaser" character varying(200), "status" character varying(20) NOT NULL DEFAULT \'draft\', "rejection_reason" character varying(500), "view_count" integer NOT NULL DEFAULT \'0\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(50) NOT NULL, "title" character varying(50) NOT NULL, "affiliation" character varying(100) NOT NULL, "fields" text array NOT NULL DEFAULT \'{}\', "keywords" text array NOT NULL DEFAULT \'{}\', "region_code" character(6) NOT NULL, "region_codes_served" text array NOT NULL DEFAULT \'{}\', "service_modes" text array NOT NULL DEFAULT \'{}\', "availability" character varying(20) NOT NULL DEFAULT \'available\', "is_commissioner" boolean NOT NULL DEFAULT false, "bio" character varying(2000) NOT NULL DEFAULT \'\', "email" character varying(254), "phone" character varying(30), "claimed_by" uuid, "station_id" uuid, CONSTRAINT "PK_8ecb9ec7e8b977b177fde797e6a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c57e5446a7231189b677a0f47e" ON "experts"  ("claimed_by") ');
    await queryRunner.query(
      'CREATE TABLE "expert_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "society_id" uuid NOT NULL, "created_by" uuid NOT NULL, "file" bytea, "status" character varying(20) NOT NULL DEFAULT \'queued\', "total_rows" integer NOT NULL DEFAULT \'0\', "processed_rows" integer NOT NULL DEFAULT \'0\', "imported_count" integer NOT NULL DEFAULT \'0\', "errors" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fd260736a06678395b4e775517b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_23c772bc818ebec830801ac52b" ON "expert_imports"  ("society_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "expert_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "nonce" character varying(32) NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_738b366784f9ea01104b81dffe6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e0b5af011fbfcccf81305cef35" ON "expert_claims"  ("expert_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "society_profiles" ("organization_id" uuid NOT NULL, "fields" text array NOT NULL DEFAULT \'{}\', "website" character varying(200), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3a427cff588daa21d9bde6a78b" PRIMARY KEY ("organization_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "service_stations" ADD CONSTRAINT "FK_212c831d647058ddf8f37d962a7" FOREIGN KEY ("society_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experts" ADD CONSTRAINT "FK_8dab95f04a51bd695ad978f14e6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experts" ADD CONSTRAINT "FK_10cda17235548c2820816c8dfd5" FOREIGN KEY ("station_id") REFERENCES "service_stations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_claims" ADD CONSTRAINT "FK_e0b5af011fbfcccf81305cef359" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "society_profiles" ADD CONSTRAINT "FK_d3a427cff588daa21d9bde6a78b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    const listed = `WHERE status = 'published'`;
    await queryRunner.query(
      `CREATE INDEX "experts_listed_newest" ON "experts" ("published_at" DESC, "id" DESC) ${listed}`,
    );
    await queryRunner.query(
      `CREATE INDEX "experts_listed_views" ON "experts" ("view_count" DESC, "id" DESC) ${listed}`,
    );
    await queryRunner.query(
      `CREATE INDEX "experts_organization_updated" ON "experts" ("organization_id", "updated_at" DESC, "id" DESC)`,
    );
    await queryRunner.query('CREATE INDEX "experts_fields" ON "experts" USING gin ("fields")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'experts_fields',
      'experts_organization_updated',
      'experts_listed_views',
      'experts_listed_newest',
    ])
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    await queryRunner.query(
      'ALTER TABLE "society_profiles" DROP CONSTRAINT "FK_d3a427cff588daa21d9bde6a78b"',
    );
    await queryRunner.query('ALTER TABLE "expert_claims" DROP CONSTRAINT "FK_e0b5af011fbfcccf81305cef359"');
    await queryRunner.query('ALTER TABLE "experts" DROP CONSTRAINT "FK_10cda17235548c2820816c8dfd5"');
    await queryRunner.query('ALTER TABLE "experts" DROP CONSTRAINT "FK_8dab95f04a51bd695ad978f14e6"');
    await queryRunner.query(
      'ALTER TABLE "service_stations" DROP CONSTRAINT "FK_212c831d647058ddf8f37d962a7"',
    );
    await queryRunner.query('DROP TABLE "society_profiles"');
    await queryRunner.query('DROP INDEX "public"."IDX_e0b5af011fbfcccf81305cef35"');
    await queryRunner.query('DROP TABLE "expert_claims"');
    await queryRunner.query('DROP INDEX "public"."IDX_23c772bc818ebec830801ac52b"');
    await queryRunner.query('DROP TABLE "expert_imports"');
    await queryRunner.query('DROP INDEX "public"."IDX_c57e5446a7231189b677a0f47e"');
    await queryRunner.query('DROP TABLE "experts"');
    await queryRunner.query('DROP INDEX "public"."IDX_212c831d647058ddf8f37d962a"');
    await queryRunner.query('DROP TABLE "service_stations"');
  }
}
