import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each search document's head, its title and keywords (weights A and B of its vector), as a column of its
 * own with a GIN index, so a relevance search takes the postings that name the query in their title
 * before the capped rest. Generated, so every writer keeps it in step with `tsv`; a column rather than an
 * index on the expression, so that a match is checked against the small head, not the whole vector
 * filtered again for every row.
 */
export class SearchDocumentsHead1795411300000 implements MigrationInterface {
  name = 'SearchDocumentsHead1795411300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "search_documents"
         ADD "tsv_head" tsvector GENERATED ALWAYS AS (ts_filter("tsv", '{a,b}')) STORED`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_head" ON "search_documents" USING gin ("tsv_head")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "search_documents_head"');
    await queryRunner.query('ALTER TABLE "search_documents" DROP COLUMN "tsv_head"');
  }
}
