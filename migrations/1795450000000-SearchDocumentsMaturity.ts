import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An achievement's maturity (实验室, 小试, 中试, 产业化) gets a search facet of its own instead of sharing
 * `category` with a demand's category (卡脖子关键技术…), so each facet means one thing. Existing
 * achievement documents and saved searches that filtered achievements by maturity through `category`
 * move over; nothing else changes. The field names that documents now carry in their vectors (weight D)
 * come with the next `npm run search:reindex`.
 */
const MATURITIES = `('lab', 'bench', 'pilot', 'industrial')`;

export class SearchDocumentsMaturity1795450000000 implements MigrationInterface {
  name = 'SearchDocumentsMaturity1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" ADD "maturity" text`);
    await queryRunner.query(
      `UPDATE "search_documents" SET "maturity" = "category", "category" = NULL WHERE "kind" = 'achievement'`,
    );
    await queryRunner.query(
      `UPDATE "subscriptions"
          SET "filters" = ("filters" - 'category') || jsonb_build_object('maturity', "filters"->'category')
        WHERE "filters"->>'category' IN ${MATURITIES}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "subscriptions"
          SET "filters" = ("filters" - 'maturity') || jsonb_build_object('category', "filters"->'maturity')
        WHERE "filters" ? 'maturity'`,
    );
    await queryRunner.query(
      `UPDATE "search_documents" SET "category" = "maturity" WHERE "kind" = 'achievement'`,
    );
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "maturity"`);
  }
}
