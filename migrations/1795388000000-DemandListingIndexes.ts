import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the 难题榜's three orders over listed demands, matching the keyset conditions
 * `(expr, id) < (:value, :id)` so a page — first or deep — is an index range scan, not a sort of the
 * table. Written by hand: TypeORM cannot declare DESC or expression indexes (the entity names them with
 * synchronize: false so the drift check leaves them alone). bench/catalogue.ts measures the effect.
 */
export class DemandListingIndexes1795388000000 implements MigrationInterface {
  name = 'DemandListingIndexes1795388000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const listed = `WHERE status IN ('published', 'in_progress', 'solved')`;
    await queryRunner.query(
      `CREATE INDEX "demands_listed_newest" ON "demands" ("published_at" DESC, "id" DESC) ${listed}`,
    );
    await queryRunner.query(
      `CREATE INDEX "demands_listed_views" ON "demands" ("view_count" DESC, "id" DESC) ${listed}`,
    );
    await queryRunner.query(
      `CREATE INDEX "demands_listed_deadline" ON "demands" ((COALESCE("deadline", DATE '9999-12-31')), "id") ${listed}`,
    );
    await queryRunner.query(
      `CREATE INDEX "demands_organization_updated" ON "demands" ("organization_id", "updated_at" DESC, "id" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."demands_organization_updated"');
    await queryRunner.query('DROP INDEX "public"."demands_listed_deadline"');
    await queryRunner.query('DROP INDEX "public"."demands_listed_views"');
    await queryRunner.query('DROP INDEX "public"."demands_listed_newest"');
  }
}
