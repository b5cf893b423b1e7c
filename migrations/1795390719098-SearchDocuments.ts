import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The postgres search engine's tables (libs/search/src/postgres). Written by hand and without entities:
 * the engine reads and writes them with SQL only, and the reindex rebuilds `search_documents` under
 * another name and swaps it in, which TypeORM's schema tracking could not follow.
 *
 * - `search_documents`: one row per listed posting of any kind; `tsv` holds jieba search-mode tokens
 *   under the `simple` configuration, weighted A title, B keywords, C body; facet columns beside it.
 * - `search_terms`: the Latin vocabulary seen in documents and the thesaurus; its trigram index turns an
 *   unknown query word into the nearest known term (typo tolerance).
 */
export class SearchDocuments1795390719098 implements MigrationInterface {
  name = 'SearchDocuments1795390719098';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: a database owner may create it without superuser rights.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "search_documents" (
        "kind" varchar(20) NOT NULL,
        "id" uuid NOT NULL,
        "organization_id" uuid,
        "title" varchar(200) NOT NULL,
        "keywords" text NOT NULL DEFAULT '',
        "body" text NOT NULL DEFAULT '',
        "visibility" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL,
        "category" varchar(30),
        "industry_code" varchar(4),
        "industry_section" char(1),
        "fields" text[] NOT NULL DEFAULT '{}',
        "region_code" char(6),
        "region_province" char(6),
        "region_city" char(6),
        "trl" smallint,
        "amount_min_wan" numeric(14, 4),
        "amount_max_wan" numeric(14, 4),
        "stage" varchar(30),
        "instrument" varchar(30),
        "society_id" uuid,
        "published_at" timestamptz,
        "deadline" date,
        "tsv" tsvector NOT NULL,
        "indexed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "search_documents_pkey" PRIMARY KEY ("kind", "id")
      )`);
    await queryRunner.query(`CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv")`);
    await queryRunner.query(
      `CREATE INDEX "search_documents_fields" ON "search_documents" USING gin ("fields")`,
    );
    await queryRunner.query(`CREATE TABLE "search_terms" ("term" text NOT NULL PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX "search_terms_trgm" ON "search_terms" USING gin ("term" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_terms"`);
    await queryRunner.query(`DROP TABLE "search_documents"`);
  }
}
