import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ReportingFactsConfidentialRegion1795700000000 } from './1795700000000-ReportingFactsConfidentialRegion.js';

/** A Beijing calendar day of a timestamptz column, the day the reporting views count a record on. */
const beijingDay = (column: string) => `((${column} AT TIME ZONE 'Asia/Shanghai')::date)`;

const NO_DEAL = 'NULL::text, NULL::text, NULL::text, NULL::text, NULL::text';
const DEAL = 'kind, tech_field, seller_type, ip_type, buyer_region_code';
/** A demand's region and label as `reporting_facts` gives them: a confidential one keeps to its province and teaser. */
const DEMAND_REGION = `CASE WHEN d.visibility = 'confidential' THEN left(COALESCE(d.region_code, o.region_code), 2) || '0000'
                            ELSE COALESCE(d.region_code, o.region_code) END`;
const DEMAND_LABEL = `CASE WHEN d.visibility = 'confidential' THEN d.teaser ELSE d.title END::text`;
const EXPERT_LABEL = `CASE WHEN e.visibility = 'confidential' THEN e.teaser ELSE e.name END::text`;

/**
 * The additive figures issue 18 adds to `reporting_facts` (so to `reporting_daily` too): one row per
 * record, appended to the view as it stands.
 * - `demands-collected` 征集: every demand, whatever its status (drafts written from a visit's needs
 *   too), on the day it was created;
 * - `demands-solved` 解决: a demand its owner marked solved, on that day (`solved_at`);
 * - `matches-contacted`: a match a conversation was opened from (either side's 联系), on that day;
 * - `matches-declined`: a match declined by either side, on that day (`declined_at`), its reason code
 *   as the label (the breakdown by reason reads it);
 * - `financing-raised`: confirmed financing deals (股权 / 债权 / 科技贷 / 担保 / 保险), the amount summed.
 */
const ADDITIVE = `
  SELECT 'demands-collected', 'demand', d.id, ${beijingDay('d.created_at')}, ${DEMAND_REGION},
         ARRAY[d.organization_id], NULL::bigint, ${DEMAND_LABEL}, ${NO_DEAL}
    FROM demands d JOIN organizations o ON o.id = d.organization_id
  UNION ALL
  SELECT 'demands-solved', 'demand', d.id, ${beijingDay('d.solved_at')}, ${DEMAND_REGION},
         ARRAY[d.organization_id], NULL::bigint, ${DEMAND_LABEL}, ${NO_DEAL}
    FROM demands d JOIN organizations o ON o.id = d.organization_id
   WHERE d.status = 'solved' AND d.solved_at IS NOT NULL
  UNION ALL
  SELECT 'matches-contacted', 'match', m.id, ${beijingDay('c.created_at')}, o.region_code,
         ARRAY[m.source_organization_id, m.candidate_organization_id], NULL::bigint, NULL::text, ${NO_DEAL}
    FROM conversations c JOIN matches m ON m.id = c.match_id JOIN organizations o ON o.id = m.source_organization_id
  UNION ALL
  SELECT 'matches-declined', 'match', m.id, ${beijingDay('m.declined_at')}, o.region_code,
         ARRAY[m.source_organization_id, m.candidate_organization_id], NULL::bigint,
         COALESCE(m.decline_reason_code, 'other')::text, ${NO_DEAL}
    FROM matches m JOIN organizations o ON o.id = m.source_organization_id
   WHERE m.status = 'declined' AND m.declined_at IS NOT NULL
  UNION ALL
  SELECT 'financing-raised', 'deal', id, COALESCE(signed_on, ${beijingDay('created_at')}), seller_region_code,
         ARRAY[buyer_organization_id, seller_organization_id], contract_value_yuan, project_name::text, ${DEAL}
    FROM deals WHERE status = 'confirmed' AND category = 'financing'`;
const ADDITIVE_FIGURES = [
  'demands-collected',
  'demands-solved',
  'matches-contacted',
  'matches-declined',
  'financing-raised',
];

/** A held meeting of an event (as `meetings` counts it), for the experts it mobilized. */
const HELD = `JOIN LATERAL (SELECT min(x.recorded_at) AS at FROM event_meeting_outcomes x
                            WHERE x.meeting_id = mt.id AND x.outcome <> 'no-show') held ON held.at IS NOT NULL`;

/**
 * `reporting_measures`: the rows of the figures that are not sums, which the dashboards compute from the
 * rows at read time (a median, a count of distinct people or enterprises cannot be added up by day).
 * Same columns as `reporting_facts`, so one filter serves both.
 * - `time-to-first-match` / `time-to-first-contact`: one row per published demand that has one, on its
 *   publication day, `amount` the seconds from publication to the first stored match / to the first
 *   contact (a conversation about it — from one of its matches or 我要对接 —, an access request for it, or a
 *   meeting request naming it at an event);
 * - `experts-mobilized`: one row per expert and involvement — a contacted match proposing the expert, a
 *   held event meeting requested for or by the expert's profile, a dispatch naming the expert, a service
 *   log written by the expert (the user who claimed the profile); counted distinct by expert;
 * - `enterprises-served`: one row per enterprise and service — a visit, a service log, a dispatch to it,
 *   a confirmed deal it is party of; counted distinct by enterprise. (The enterprise's name is a LEFT JOIN,
 *   so a count, which never reads it, skips the join.)
 */
const MEASURES = `
  SELECT 'time-to-first-match'::text AS figure, 'demand'::text AS kind, d.id AS record_id,
         ${beijingDay('d.published_at')} AS day, ${DEMAND_REGION} AS region_code,
         ARRAY[d.organization_id] AS organization_ids,
         GREATEST(0, extract(epoch FROM first.at - d.published_at))::bigint AS amount, ${DEMAND_LABEL} AS label,
         NULL::text AS deal_kind, NULL::text AS tech_field, NULL::text AS seller_type, NULL::text AS ip_type,
         NULL::text AS buyer_region_code
    FROM demands d JOIN organizations o ON o.id = d.organization_id
    JOIN LATERAL (SELECT min(m.created_at) AS at FROM matches m
                   WHERE m.source_kind = 'demand' AND m.source_id = d.id) first ON first.at IS NOT NULL
   WHERE d.published_at IS NOT NULL
  UNION ALL
  SELECT 'time-to-first-contact', 'demand', d.id, ${beijingDay('d.published_at')}, ${DEMAND_REGION},
         ARRAY[d.organization_id], GREATEST(0, extract(epoch FROM first.at - d.published_at))::bigint,
         ${DEMAND_LABEL}, ${NO_DEAL}
    FROM demands d JOIN organizations o ON o.id = d.organization_id
    JOIN LATERAL (SELECT min(at) AS at FROM (
            SELECT c.created_at AS at FROM matches m JOIN conversations c ON c.match_id = m.id
             WHERE m.source_kind = 'demand' AND m.source_id = d.id
            UNION ALL SELECT c.created_at FROM conversations c WHERE c.posting_kind = 'demand' AND c.posting_id = d.id
            UNION ALL SELECT a.created_at FROM access_requests a WHERE a.posting_kind = 'demand' AND a.posting_id = d.id
            UNION ALL SELECT r.created_at FROM event_meeting_requests r
             WHERE (r.from_posting_kind = 'demand' AND r.from_posting_id = d.id)
                OR (r.to_posting_kind = 'demand' AND r.to_posting_id = d.id)) contacts) first ON first.at IS NOT NULL
   WHERE d.published_at IS NOT NULL
  UNION ALL
  SELECT 'experts-mobilized', 'expert', e.id, ${beijingDay('c.created_at')}, o.region_code,
         ARRAY[m.source_organization_id, m.candidate_organization_id], NULL, ${EXPERT_LABEL}, ${NO_DEAL}
    FROM conversations c JOIN matches m ON m.id = c.match_id AND m.candidate_kind = 'expert'
    JOIN experts e ON e.id = m.candidate_id JOIN organizations o ON o.id = m.source_organization_id
  UNION ALL
  SELECT 'experts-mobilized', 'expert', e.id, ${beijingDay('held.at')}, ev.region_code,
         ARRAY[ra.organization_id, rb.organization_id, ev.organizer_organization_id], NULL, ${EXPERT_LABEL}, ${NO_DEAL}
    FROM event_meetings mt
    JOIN event_meeting_requests r ON r.id = mt.request_id
    JOIN experts e ON (r.from_posting_kind = 'expert' AND e.id = r.from_posting_id)
                   OR (r.to_posting_kind = 'expert' AND e.id = r.to_posting_id)
    JOIN matchmaking_events ev ON ev.id = mt.event_id
    JOIN event_registrations ra ON ra.id = mt.registration_a_id
    JOIN event_registrations rb ON rb.id = mt.registration_b_id
    ${HELD}
   WHERE mt.status = 'scheduled'
  UNION ALL
  SELECT 'experts-mobilized', 'expert', e.id, dp.starts_on, COALESCE(dp.region_code, eo.region_code),
         array_remove(ARRAY[dp.organization_id, dp.enterprise_id], NULL), NULL, ${EXPERT_LABEL}, ${NO_DEAL}
    FROM dispatches dp CROSS JOIN unnest(dp.expert_ids) x(expert_id)
    JOIN experts e ON e.id = x.expert_id LEFT JOIN organizations eo ON eo.id = dp.enterprise_id
  UNION ALL
  SELECT 'experts-mobilized', 'expert', e.id, s.served_on, s.enterprise_region_code,
         ARRAY[s.organization_id, s.enterprise_id], NULL, ${EXPERT_LABEL}, ${NO_DEAL}
    FROM service_logs s JOIN experts e ON e.claimed_by = s.created_by
  UNION ALL
  SELECT 'enterprises-served', 'organization', v.enterprise_id, v.visited_on, v.enterprise_region_code,
         ARRAY[v.organization_id, v.enterprise_id], NULL, eo.name::text, ${NO_DEAL}
    FROM visits v LEFT JOIN organizations eo ON eo.id = v.enterprise_id
  UNION ALL
  SELECT 'enterprises-served', 'organization', s.enterprise_id, s.served_on, s.enterprise_region_code,
         ARRAY[s.organization_id, s.enterprise_id], NULL, eo.name::text, ${NO_DEAL}
    FROM service_logs s LEFT JOIN organizations eo ON eo.id = s.enterprise_id
  UNION ALL
  SELECT 'enterprises-served', 'organization', dp.enterprise_id, dp.starts_on, eo.region_code,
         ARRAY[dp.organization_id, dp.enterprise_id], NULL, eo.name::text, ${NO_DEAL}
    FROM dispatches dp JOIN organizations eo ON eo.id = dp.enterprise_id
  UNION ALL
  SELECT 'enterprises-served', 'organization', p.organization_id, COALESCE(dl.signed_on, ${beijingDay('dl.created_at')}),
         p.region_code, ARRAY[dl.buyer_organization_id, dl.seller_organization_id], NULL, eo.name::text, ${NO_DEAL}
    FROM deals dl
    CROSS JOIN LATERAL (VALUES (dl.buyer_organization_id, dl.buyer_type, dl.buyer_region_code),
                               (dl.seller_organization_id, dl.seller_type, dl.seller_region_code))
               p(organization_id, type, region_code)
    LEFT JOIN organizations eo ON eo.id = p.organization_id
   WHERE dl.status = 'confirmed' AND p.type = 'enterprise'`;

/**
 * Keys the new figures' rows can move, per base table (`rows`: the statement's transition table), marked
 * in `reporting_dirty_days` by statement triggers of their own beside those of 1795800000000-ReportingDaily.
 */
const TOUCHED_KEYS: Record<string, (rows: string) => string> = {
  demands: (rows) =>
    `SELECT 'demands-collected', ${beijingDay('created_at')} FROM ${rows}
     UNION ALL SELECT 'demands-solved', ${beijingDay('solved_at')} FROM ${rows}`,
  matches: (rows) => `SELECT 'matches-declined', ${beijingDay('declined_at')} FROM ${rows}`,
  conversations: (rows) => `SELECT 'matches-contacted', ${beijingDay('created_at')} FROM ${rows}`,
  deals: (rows) => `SELECT 'financing-raised', COALESCE(signed_on, ${beijingDay('created_at')}) FROM ${rows}`,
};

/** An organization's region is that of its demands, and of the matches it is the source of. */
const ORGANIZATION_KEYS = (moved: string) => `
  SELECT 'demands-collected', ${beijingDay('d.created_at')} FROM demands d WHERE d.organization_id IN (${moved})
  UNION ALL SELECT 'demands-solved', ${beijingDay('d.solved_at')} FROM demands d WHERE d.organization_id IN (${moved})
  UNION ALL SELECT 'matches-declined', ${beijingDay('m.declined_at')} FROM matches m
   WHERE m.source_organization_id IN (${moved})
  UNION ALL SELECT 'matches-contacted', ${beijingDay('c.created_at')} FROM conversations c JOIN matches m ON m.id = c.match_id
   WHERE m.source_organization_id IN (${moved})`;
const MOVED =
  'SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE n.region_code IS DISTINCT FROM o.region_code';

const mark = (keys: string) =>
  `INSERT INTO reporting_dirty_days (figure, day)
     SELECT DISTINCT figure, day FROM (${keys}) k(figure, day) WHERE day IS NOT NULL;`;

function outcomeMarking(table: string): string[] {
  const keys = TOUCHED_KEYS[table]!;
  const events = {
    insert: 'NEW TABLE AS new_rows',
    update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'OLD TABLE AS old_rows',
  };
  return [
    `CREATE FUNCTION "reporting_mark_outcomes_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN ${mark(keys('new_rows'))} END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN ${mark(keys('old_rows'))} END IF;
        RETURN NULL;
      END $$`,
    ...Object.entries(events).map(
      ([event, transition]) =>
        `CREATE TRIGGER "reporting_mark_outcomes_${event}" AFTER ${event.toUpperCase()} ON "${table}"
           REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_outcomes_${table}"()`,
    ),
  ];
}

/**
 * When a match was declined and a demand solved: set by the database on the status change, whoever
 * writes it (the API, the investors' marks, the seeder), kept when the writer gives one, cleared when the
 * status moves away. The rows' days in the views; backfilled from the audit log, else the last update.
 */
function statusTime(table: string, column: string, status: string): string[] {
  return [
    `CREATE FUNCTION "${table}_set_${column}"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status <> '${status}' THEN NEW.${column} := NULL;
        ELSIF TG_OP = 'INSERT' THEN NEW.${column} := COALESCE(NEW.${column}, now());
        ELSIF OLD.status <> '${status}' AND NEW.${column} IS NOT DISTINCT FROM OLD.${column} THEN NEW.${column} := now();
        END IF;
        RETURN NEW;
      END $$`,
    `CREATE TRIGGER "${table}_set_${column}_insert" BEFORE INSERT ON "${table}"
       FOR EACH ROW WHEN (NEW.status = '${status}' OR NEW.${column} IS NOT NULL) EXECUTE FUNCTION "${table}_set_${column}"()`,
    `CREATE TRIGGER "${table}_set_${column}_update" BEFORE UPDATE OF status, ${column} ON "${table}"
       FOR EACH ROW EXECUTE FUNCTION "${table}_set_${column}"()`,
  ];
}

const DAY_INDEXES = [
  `CREATE INDEX "demands_created_day" ON "demands" (${beijingDay('created_at')})`,
  `CREATE INDEX "demands_solved_day" ON "demands" (${beijingDay('solved_at')}) WHERE solved_at IS NOT NULL`,
  `CREATE INDEX "matches_declined_day" ON "matches" (${beijingDay('declined_at')}) WHERE declined_at IS NOT NULL`,
];

/**
 * Issue 18, the dashboard figures not computed yet: demands collected and solved, matches contacted and
 * declined (by reason), financing raised — rows of `reporting_facts` and so summed in `reporting_daily`
 * — and the time to first match and first contact, experts mobilized and enterprises served, in the new
 * view `reporting_measures` that reads compute from the rows (docs/REPORTING.md). `matches.declined_at` and
 * `demands.solved_at` give the declined and solved figures a day of their own.
 */
export class ReportingOutcomeFigures1795860000000 implements MigrationInterface {
  name = 'ReportingOutcomeFigures1795860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "matches" ADD "declined_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "demands" ADD "solved_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `UPDATE matches m SET declined_at = COALESCE(
         (SELECT max(a.occurred_at) FROM audit_log a
           WHERE a.subject_type = 'match' AND a.subject_id = m.id::text AND a.action = 'match.decline'), m.updated_at)
        WHERE m.status = 'declined'`,
    );
    await queryRunner.query(
      `UPDATE demands d SET solved_at = COALESCE(
         (SELECT max(a.occurred_at) FROM audit_log a
           WHERE a.subject_type = 'demand' AND a.subject_id = d.id::text AND a.action = 'demand.solve'), d.updated_at)
        WHERE d.status = 'solved'`,
    );
    for (const sql of [
      ...statusTime('matches', 'declined_at', 'declined'),
      ...statusTime('demands', 'solved_at', 'solved'),
      ...DAY_INDEXES,
    ])
      await queryRunner.query(sql);

    // The view as it stands (whatever later migrations made of it), the new figures appended.
    const [{ definition }] = (await queryRunner.query(
      `SELECT pg_get_viewdef('reporting_facts'::regclass) AS definition`,
    )) as { definition: string }[];
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "reporting_facts" AS ${definition.trim().replace(/;$/, '')} UNION ALL ${ADDITIVE}`,
    );
    await queryRunner.query(`CREATE VIEW "reporting_measures" AS ${MEASURES}`);

    for (const table of Object.keys(TOUCHED_KEYS))
      for (const sql of outcomeMarking(table)) await queryRunner.query(sql);
    await queryRunner.query(
      `CREATE FUNCTION "reporting_mark_outcomes_organizations"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${mark(ORGANIZATION_KEYS(MOVED))} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "reporting_mark_outcomes_update" AFTER UPDATE ON "organizations"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_outcomes_organizations"()`,
    );
    await queryRunner.query(
      `INSERT INTO reporting_daily (figure, day, region_code, deal_kind, tech_field, seller_type, ip_type,
                                    buyer_region_code, n, amount)
       SELECT figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code,
              count(*)::int, sum(amount)::bigint
         FROM reporting_facts WHERE figure = ANY($1::text[])
        GROUP BY figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code`,
      [ADDITIVE_FIGURES],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM reporting_daily WHERE figure = ANY($1::text[])', [ADDITIVE_FIGURES]);
    await queryRunner.query('DELETE FROM reporting_dirty_days WHERE figure = ANY($1::text[])', [
      ADDITIVE_FIGURES,
    ]);
    for (const table of [...Object.keys(TOUCHED_KEYS), 'organizations'])
      await queryRunner.query(`DROP FUNCTION "reporting_mark_outcomes_${table}"() CASCADE`);
    await queryRunner.query('DROP VIEW "reporting_measures"');
    await new ReportingFactsConfidentialRegion1795700000000().up(queryRunner);
    for (const index of DAY_INDEXES) await queryRunner.query(`DROP INDEX "${/"(\w+)"/.exec(index)![1]}"`);
    await queryRunner.query('DROP FUNCTION "matches_set_declined_at"() CASCADE');
    await queryRunner.query('DROP FUNCTION "demands_set_solved_at"() CASCADE');
    await queryRunner.query('ALTER TABLE "matches" DROP COLUMN "declined_at"');
    await queryRunner.query('ALTER TABLE "demands" DROP COLUMN "solved_at"');
  }
}
