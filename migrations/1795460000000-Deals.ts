import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deals1795460000000 implements MigrationInterface {
  name = 'Deals1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_type" character varying(20), "source_id" uuid, "buyer_organization_id" uuid NOT NULL, "buyer_type" character varying(20) NOT NULL, "buyer_region_code" character(6) NOT NULL, "seller_organization_id" uuid NOT NULL, "seller_type" character varying(20) NOT NULL, "seller_region_code" character(6) NOT NULL, "kind" character varying(20) NOT NULL, "category" character varying(12) NOT NULL, "project_name" character varying(200) NOT NULL, "contract_value_yuan" bigint NOT NULL, "tech_transaction_yuan" bigint, "signed_on" date, "term_months" integer, "tech_field" character varying(40), "ip_type" character varying(20) NOT NULL DEFAULT \'none\', "registration_number" character(16), "stage" character varying(12) NOT NULL, "stage_dates" jsonb NOT NULL, "status" character varying(10) NOT NULL, "buyer_confirmed_at" TIMESTAMP WITH TIME ZONE, "buyer_confirmed_by" uuid, "seller_confirmed_at" TIMESTAMP WITH TIME ZONE, "seller_confirmed_by" uuid, "disputed_by" character varying(6), "dispute_reason" character varying(1000), "disputed_at" TIMESTAMP WITH TIME ZONE, "pending_change" jsonb, "version" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deals_values_not_negative" CHECK (contract_value_yuan >= 0 AND COALESCE(tech_transaction_yuan, 0) >= 0), CONSTRAINT "deals_parties_differ" CHECK (buyer_organization_id <> seller_organization_id), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "deals_registration_number_key" ON "deals"  ("registration_number") WHERE registration_number IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "deals_counted_signed_on" ON "deals"  ("signed_on", "kind") WHERE status = \'confirmed\'',
    );
    await queryRunner.query('CREATE INDEX "deals_source" ON "deals"  ("source_type", "source_id") ');
    await queryRunner.query(
      'CREATE INDEX "deals_seller_organization" ON "deals"  ("seller_organization_id", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "deals_buyer_organization" ON "deals"  ("buyer_organization_id", "updated_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."deals_buyer_organization"');
    await queryRunner.query('DROP INDEX "public"."deals_seller_organization"');
    await queryRunner.query('DROP INDEX "public"."deals_source"');
    await queryRunner.query('DROP INDEX "public"."deals_counted_signed_on"');
    await queryRunner.query('DROP INDEX "public"."deals_registration_number_key"');
    await queryRunner.query('DROP TABLE "deals"');
  }
}
