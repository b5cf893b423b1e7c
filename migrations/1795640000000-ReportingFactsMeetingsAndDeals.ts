import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FACTS } from './1795511000000-ReportingFacts.js';

const NO_DEAL = 'NULL::text, NULL::text, NULL::text, NULL::text, NULL::text';
const DEAL = 'kind, tech_field, seller_type, ip_type, buyer_region_code';

/**
 * `reporting_facts` gains held meetings (洽谈: a meeting of an event that at least one party recorded as
 * held, followed up or dealt — not a no-show, not cancelled — on the day of the first such record, in the
 * event's region, belonging to both parties and the organizer) and, on deal rows, the columns the
 * national technical-market statistics break deals down by: contract type, technology field, seller
 * type, IP involved and buyer region (the seller's region is `region_code`). Other rows carry NULLs there.
 */
export const FACTS_V2 = `
  SELECT 'demands-published'::text AS figure, 'demand'::text AS kind, d.id AS record_id,
         (d.published_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
         COALESCE(d.region_code, o.region_code) AS region_code, ARRAY[d.organization_id] AS organization_ids,
         NULL::bigint AS amount,
         CASE WHEN d.visibility = 'confidential' THEN d.teaser ELSE d.title END::text AS label,
         NULL::text AS deal_kind, NULL::text AS tech_field, NULL::text AS seller_type, NULL::text AS ip_type,
         NULL::text AS buyer_region_code
    FROM demands d JOIN organizations o ON o.id = d.organization_id
   WHERE d.published_at IS NOT NULL
  UNION ALL
  SELECT 'matches', 'match', m.id, (m.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[m.source_organization_id, m.candidate_organization_id], NULL, NULL, ${NO_DEAL}
    FROM matches m JOIN organizations o ON o.id = m.source_organization_id
   WHERE m.superseded_at IS NULL
  UNION ALL
  SELECT 'conversations', 'conversation', c.id, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[c.source_organization_id, c.candidate_organization_id], NULL, NULL, ${NO_DEAL}
    FROM conversations c JOIN organizations o ON o.id = c.source_organization_id
  UNION ALL
  SELECT 'meetings', 'meeting', m.id, (held.at AT TIME ZONE 'Asia/Shanghai')::date, e.region_code,
         ARRAY[ra.organization_id, rb.organization_id, e.organizer_organization_id], NULL, e.title::text,
         ${NO_DEAL}
    FROM event_meetings m
    JOIN matchmaking_events e ON e.id = m.event_id
    JOIN event_registrations ra ON ra.id = m.registration_a_id
    JOIN event_registrations rb ON rb.id = m.registration_b_id
    JOIN LATERAL (SELECT min(o.recorded_at) AS at FROM event_meeting_outcomes o
                   WHERE o.meeting_id = m.id AND o.outcome <> 'no-show') held ON held.at IS NOT NULL
   WHERE m.status = 'scheduled'
  UNION ALL
  SELECT 'deals-confirmed', 'deal', id, COALESCE(signed_on, (created_at AT TIME ZONE 'Asia/Shanghai')::date),
         seller_region_code, ARRAY[buyer_organization_id, seller_organization_id], contract_value_yuan,
         project_name, ${DEAL}
    FROM deals WHERE status = 'confirmed'
  UNION ALL
  SELECT 'contract-value', 'deal', id, signed_on, seller_region_code,
         ARRAY[buyer_organization_id, seller_organization_id], contract_value_yuan, project_name, ${DEAL}
    FROM deals WHERE status = 'confirmed' AND category = 'technology' AND signed_on IS NOT NULL
  UNION ALL
  SELECT 'visits', 'visit', id, visited_on, enterprise_region_code, ARRAY[organization_id, enterprise_id], NULL,
         place, ${NO_DEAL}
    FROM visits
  UNION ALL
  SELECT 'ratings', 'rating', r.id, (r.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.region_code,
         ARRAY[r.provider_organization_id, r.enterprise_id], r.score, NULLIF(r.comment, ''), ${NO_DEAL}
    FROM ratings r JOIN organizations o ON o.id = r.enterprise_id`;

export class ReportingFactsMeetingsAndDeals1795640000000 implements MigrationInterface {
  name = 'ReportingFactsMeetingsAndDeals1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "reporting_facts"');
    await queryRunner.query(`CREATE VIEW "reporting_facts" AS ${FACTS_V2}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "reporting_facts"');
    await queryRunner.query(`CREATE VIEW "reporting_facts" AS ${FACTS}`);
  }
}
