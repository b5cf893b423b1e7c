import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Achievements, projects and financing offers: the generated tables, plus by hand the indexes TypeORM
 * cannot declare — each kind's two listing orders over published rows (keyset `(expr, id)` range scans),
 * the owner's list by last update, and a GIN index on the field codes for the field filter.
 */
const LISTING_INDEXES: [table: string, fieldsColumn: string][] = [
  ['achievements', 'fields'],
  ['projects', 'fields'],
  ['financing_offers', 'sectors'],
];

export class CatalogueKinds1795390786219 implements MigrationInterface {
  name = 'CatalogueKinds1795390786219';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "achievements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "visibility" character varying(20) NOT NULL, "teaser" character varying(200), "status" character varying(20) NOT NULL DEFAULT \'draft\', "rejection_reason" character varying(500), "view_count" integer NOT NULL DEFAULT \'0\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(100) NOT NULL, "abstract" character varying(5000) NOT NULL, "fields" text array NOT NULL DEFAULT \'{}\', "keywords" text array NOT NULL DEFAULT \'{}\', "trl" smallint NOT NULL, "maturity" character varying(20) NOT NULL, "transfer_modes" text array NOT NULL DEFAULT \'{}\', "price_yuan" bigint, "region_code" character(6) NOT NULL, "patents" jsonb NOT NULL DEFAULT \'[]\', "contact" jsonb, CONSTRAINT "PK_1bc19c37c6249f70186f318d71d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "financing_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "visibility" character varying(20) NOT NULL, "teaser" character varying(200), "status" character varying(20) NOT NULL DEFAULT \'draft\', "rejection_reason" character varying(500), "view_count" integer NOT NULL DEFAULT \'0\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(100) NOT NULL, "instrument" character varying(20) NOT NULL, "sectors" text array NOT NULL DEFAULT \'{}\', "stages" text array NOT NULL DEFAULT \'{}\', "ticket_min_yuan" bigint, "ticket_max_yuan" bigint, "region_codes" text array NOT NULL DEFAULT \'{}\', "thesis" character varying(2000) NOT NULL, "contact" jsonb, CONSTRAINT "PK_55e1070b8ee6cabda6970847951" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "visibility" character varying(20) NOT NULL, "teaser" character varying(200), "status" character varying(20) NOT NULL DEFAULT \'draft\', "rejection_reason" character varying(500), "view_count" integer NOT NULL DEFAULT \'0\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(100) NOT NULL, "summary" character varying(3000) NOT NULL, "fields" text array NOT NULL DEFAULT \'{}\', "keywords" text array NOT NULL DEFAULT \'{}\', "stage" character varying(20) NOT NULL, "amount_sought_yuan" bigint NOT NULL, "use_of_funds" character varying(1000), "team" character varying(1000), "traction" character varying(1000), "region_code" character(6) NOT NULL, CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "achievements" ADD CONSTRAINT "FK_5ec76b6935875f4c6ced106bb39" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "financing_offers" ADD CONSTRAINT "FK_268a70ffe6027c34f39c7cb73a4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_585c8ce06628c70b70100bfb842" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    for (const [table, fieldsColumn] of LISTING_INDEXES) {
      const listed = `WHERE status = 'published'`;
      await queryRunner.query(
        `CREATE INDEX "${table}_listed_newest" ON "${table}" ("published_at" DESC, "id" DESC) ${listed}`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_listed_views" ON "${table}" ("view_count" DESC, "id" DESC) ${listed}`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_organization_updated" ON "${table}" ("organization_id", "updated_at" DESC, "id" DESC)`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_${fieldsColumn}" ON "${table}" USING gin ("${fieldsColumn}")`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fieldsColumn] of LISTING_INDEXES) {
      for (const suffix of [fieldsColumn, 'organization_updated', 'listed_views', 'listed_newest'])
        await queryRunner.query(`DROP INDEX "public"."${table}_${suffix}"`);
    }
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_585c8ce06628c70b70100bfb842"');
    await queryRunner.query(
      'ALTER TABLE "financing_offers" DROP CONSTRAINT "FK_268a70ffe6027c34f39c7cb73a4"',
    );
    await queryRunner.query('ALTER TABLE "achievements" DROP CONSTRAINT "FK_5ec76b6935875f4c6ced106bb39"');
    await queryRunner.query('DROP TABLE "projects"');
    await queryRunner.query('DROP TABLE "financing_offers"');
    await queryRunner.query('DROP TABLE "achievements"');
  }
}
