import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting read model: one row per countable record, computed by PostgreSQL from the base tables
 * at query time (a plain view, not a materialized one or a worker-kept aggregate: docs/REPORTING.md says
 * why). `organization_ids` are the organizations a record belongs to, for a service organization's scope;
 * `amount` is whole 元 for deals and the score for ratings; `label` never carries a confidential demand's
 * title, only its teaser. Days are Beijing dates.
 */
export const FACTS = `
  SELECT 'demands-published'::text AS figure, 'demand'::text AS kind, d.id AS record_id,
         (d.published_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
         COALESCE(d.region_code, o.region_code) AS region_code, ARRAY[d.organization_id] AS organization_ids,
         NULL::bigint AS amount,
         CASE WHEN d.visibility = 'confidential' THEN d.teaser ELSE d.title END::text AS label
    FROM demands d JOIN organizations o ON o.id = d.organization_id
   WHERE d.published_at IS NOT NULL
  UNION ALL
  SELECT 'matches', 'match', m.id, (m.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[m.source_organization_id, m.candidate_organization_id], NULL, NULL
    FROM matches m JOIN organizations o ON o.id = m.source_organization_id
   WHERE m.superseded_at IS NULL
  UNION ALL
  SELECT 'conversations', 'conversation', c.id, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[c.source_organization_id, c.candidate_organization_id], NULL, NULL
    FROM conversations c JOIN organizations o ON o.id = c.source_organization_id
  UNION ALL
  SELECT 'deals-confirmed', 'deal', id, COALESCE(signed_on, (created_at AT TIME ZONE 'Asia/Shanghai')::date),
         seller_region_code, ARRAY[buyer_organization_id, seller_organization_id], contract_value_yuan, project_name
    FROM deals WHERE status = 'confirmed'
  UNION ALL
  SELECT 'contract-value', 'deal', id, signed_on, seller_region_code,
         ARRAY[buyer_organization_id, seller_organization_id], contract_value_yuan, project_name
    FROM deals WHERE status = 'confirmed' AND category = 'technology' AND signed_on IS NOT NULL
  UNION ALL
  SELECT 'visits', 'visit', id, visited_on, enterprise_region_code, ARRAY[organization_id, enterprise_id], NULL, place
    FROM visits
  UNION ALL
  SELECT 'ratings', 'rating', r.id, (r.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[r.provider_organization_id, r.enterprise_id], r.score, NULLIF(r.comment, '')
    FROM ratings r JOIN organizations o ON o.id = r.enterprise_id`;

export class ReportingFacts1795511000000 implements MigrationInterface {
  name = 'ReportingFacts1795511000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "reporting_facts" AS ${FACTS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "reporting_facts"');
  }
}
