import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { loadNote, openDatabase, percentiles, positiveInt, progress, useBenchDatabase } from './load.js';

/**
 * `npm run bench:reporting`: the dashboard over generated records at issue 18's scale (BENCH_MATCHES
 * matches, 1 M; a tenth as many conversations; BENCH_MEETINGS event meetings, 100 k, nine in ten recorded
 * as held; BENCH_DEALS deals, 50 k, of which four in five both sides confirmed; BENCH_VISITS visits, 200 k,
 * and as many ratings; across the cities of 江苏; smaller values make a smoke run in a database of its own) — the service's query of every figure of a year for the
 * province (through the reporting_daily aggregate, re-counting dirty days first), at rest and right after
 * a write, beside the same figures computed by hand-written SQL over the base tables in the same run; the
 * same for the overview filtered by organization, industry and technology field, a society's own scope and
 * two drill-downs (measureFiltered); the measured figures (medians and distinct counts: BENCH_MATCHES / 50
 * published demands, every match of one of them and every other proposing one of BENCH_MATCHES / 500
 * experts, meetings from requests naming a demand and, one in five, an expert, BENCH_MATCHES / 20 service
 * logs, BENCH_MATCHES / 500 dispatches) at rest, right after writes and their drill-downs
 * (measureMeasured); the worker's lag behind a write (measureLag); and a yearly provincial report exported
 * to Excel and PDF. The worker's re-count of the measured figures runs throughout the timed reads, as in
 * production (startFreshening), so "right after a write" is a read that does not wait for it, competing
 * with it for the cores.
 */
const MATCHES = positiveInt('BENCH_MATCHES', 1_000_000);
const MEETINGS = positiveInt('BENCH_MEETINGS', 100_000);
const DEALS = positiveInt('BENCH_DEALS', 50_000);
const VISITS = positiveInt('BENCH_VISITS', 200_000);
/** What the measured figures read, in proportion to the matches: 50 matches a demand, 500 an expert. */
const DEMANDS = Math.ceil(MATCHES / 50);
/** At least 51: a demand's 50 matches never propose one expert twice (see generate). */
const EXPERTS = Math.max(51, Math.ceil(MATCHES / 500));
const SERVICE_LOGS = Math.ceil(MATCHES / 20);
const DISPATCHES = Math.ceil(MATCHES / 500);
const RUNS = positiveInt('BENCH_RUNS', 30);
/** The hand-written baselines take seconds each: fewer runs (their p95 is then close to their maximum). */
const BASELINE_RUNS = positiveInt('BENCH_BASELINE_RUNS', 10);
// _v2: the generator writes what the measured figures read (demands, experts, requests, service records);
// a database of the first one, which has none, is not reused.
useBenchDatabase('duijie_bench_reporting_v2', 'duijie-bench-reporting', MATCHES);

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const CITIES = ['320100', '320200', '320300', '320400', '320500', '320600', '320700', '320800'];

async function generate(pool: pg.Pool): Promise<void> {
  const [{ n }] = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM matches')).rows;
  if (n >= MATCHES) return progress(`records already generated (${n} matches)`);
  progress(
    'generating organizations, demands, experts, matches, conversations, deals, visits, ratings and service records…',
  );
  await pool.query(
    `INSERT INTO organizations (name, type, credit_code, region_code)
     SELECT '企业' || i, CASE WHEN i % 5 = 0 THEN 'university' ELSE 'enterprise' END,
            'B' || lpad(i::text, 17, '0'), ($1::text[])[1 + i % 8]
       FROM generate_series(1, 400) i`,
    [CITIES],
  );
  const orgs = `(SELECT array_agg(id ORDER BY id) FROM organizations)`;
  const day = (i: string) => `timestamptz '2026-01-01 08:00+08' + (${i} % 360) * interval '1 day'`;
  await pool.query(
    `INSERT INTO demands (organization_id, created_by, title, description, category, visibility, status,
                          published_at, created_at)
     SELECT o[1 + i % 400], gen_random_uuid(), '需求' || i, '需求', 'common', 'public', 'published',
            ${day('i')}, ${day('i')}
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [DEMANDS],
  );
  // Each expert's claimed account writes service logs (an involvement of the expert).
  await pool.query(
    `INSERT INTO experts (organization_id, created_by, visibility, status, published_at, name, title, affiliation,
                          region_code, claimed_by)
     SELECT o[1 + i % 400], gen_random_uuid(), 'public', 'published', ${day('i')}, '专家' || i, '研究员', '研究院',
            ($2::text[])[1 + i % 8], gen_random_uuid()
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [EXPERTS, CITIES],
  );
  // Match i is of demand i % DEMANDS, the (i / DEMANDS)-th of its 50, an hour or more after its publication;
  // every other one proposes the expert (i / DEMANDS + i % DEMANDS) % EXPERTS: never twice to one demand.
  await pool.query(
    `WITH d AS (SELECT id, organization_id, published_at, row_number() OVER (ORDER BY id) - 1 AS k FROM demands)
     INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                          candidate_organization_id, score, features, reasons, status, created_at, updated_at)
     SELECT 'demand', d.id, d.organization_id, CASE WHEN i % 2 = 0 THEN 'expert' ELSE 'achievement' END,
            CASE WHEN i % 2 = 0 THEN x[1 + (i / $2 + i % $2) % $3] ELSE gen_random_uuid() END,
            o[1 + (i * 7) % 400], 0.5, '{}', '[]', 'new', d.published_at + (1 + i / $2) * interval '1 hour',
            d.published_at + (1 + i / $2) * interval '1 hour'
       FROM generate_series(1, $1) i JOIN d ON d.k = i % $2, ${orgs} AS a(o),
            (SELECT array_agg(id ORDER BY id) FROM experts) AS e(x)`,
    [MATCHES, DEMANDS, EXPERTS],
  );
  // One match in ten contacted, a day after it was proposed.
  await pool.query(
    `INSERT INTO conversations (match_id, source_organization_id, candidate_organization_id, subject, created_at,
                                last_message_at)
     SELECT id, source_organization_id, candidate_organization_id, '对接', created_at + interval '1 day',
            created_at + interval '1 day'
       FROM matches ORDER BY id LIMIT $1`,
    [Math.ceil(MATCHES / 10)],
  );
  await generateMeetings(pool, orgs);
  await pool.query(
    `INSERT INTO deals (buyer_organization_id, buyer_type, buyer_region_code, seller_organization_id, seller_type,
                        seller_region_code, kind, category, project_name, contract_value_yuan, signed_on, stage,
                        stage_dates, status, created_by)
     SELECT o[1 + i % 400], 'enterprise', ($2::text[])[1 + i % 8], o[1 + (i * 7 + 1) % 400], 'university',
            ($2::text[])[1 + (i * 3) % 8], 'tech-transfer', 'technology', '项目' || i, 100000 * (1 + i % 50),
            date '2026-01-01' + i % 360, 'signed', '{}', CASE WHEN i % 5 = 0 THEN 'pending' ELSE 'confirmed' END,
            gen_random_uuid()
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [DEALS, CITIES],
  );
  await pool.query(
    `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                         findings, needs, created_by)
     SELECT o[1 + i % 400], o[1 + (i * 11) % 400], ($2::text[])[1 + i % 8], date '2026-01-01' + i % 360, '车间',
            '[]', '走访', '[]', gen_random_uuid()
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [VISITS, CITIES],
  );
  await pool.query(
    `INSERT INTO ratings (enterprise_id, subject_type, subject_id, provider_organization_id, score, rated_by, created_at)
     SELECT o[1 + i % 400], 'visit', gen_random_uuid(), o[1 + (i * 3) % 400], 1 + i % 5, gen_random_uuid(), ${day('i')}
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [VISITS],
  );
  await generateServiceRecords(pool, orgs);
  await pool.query('ANALYZE');
}

/**
 * Service logs (one in two written by an expert's claimed account) and dispatches of two experts each to
 * an enterprise for a month: both count among the experts mobilized and the enterprises served.
 */
async function generateServiceRecords(pool: pg.Pool, orgs: string): Promise<void> {
  const experts = `(SELECT array_agg(id ORDER BY id), array_agg(claimed_by ORDER BY id) FROM experts) AS e(x, claimed)`;
  await pool.query(
    `INSERT INTO service_logs (organization_id, enterprise_id, enterprise_region_code, created_by, served_on, task,
                               hours, result)
     SELECT o[1 + i % 400], o[1 + (i * 13) % 400], ($2::text[])[1 + i % 8],
            CASE WHEN i % 2 = 0 THEN claimed[1 + i % $3] ELSE gen_random_uuid() END, date '2026-01-01' + i % 360,
            '技术服务', 2, '完成'
       FROM generate_series(1, $1) i, ${orgs} AS a(o), ${experts}`,
    [SERVICE_LOGS, CITIES, EXPERTS],
  );
  await pool.query(
    `INSERT INTO dispatches (organization_id, kind, name, expert_ids, enterprise_id, starts_on, ends_on, goals,
                             created_by)
     SELECT o[1 + i % 400], 'service-team', '服务团' || i, ARRAY[x[1 + i % $2], x[1 + (i * 3 + 1) % $2]],
            o[1 + (i * 17) % 400], date '2026-01-01' + i % 360, date '2026-01-01' + i % 360 + 30, '服务', gen_random_uuid()
       FROM generate_series(1, $1) i, ${orgs} AS a(o), ${experts}`,
    [DISPATCHES, EXPERTS],
  );
}

/**
 * One event per 1 000 meetings in a city of 江苏, every organization registered to each, and a meeting
 * between two of them from a request; one side records nine in ten as held (the rest no-shows, not counted).
 */
async function generateMeetings(pool: pg.Pool, orgs: string): Promise<void> {
  const events = Math.ceil(MEETINGS / 1000);
  await pool.query(
    `INSERT INTO matchmaking_events (organizer_organization_id, title, kind, format, region_code, plan, tables,
                                     max_meetings_per_participant, registration_deadline, request_mode,
                                     scheduling_mode, status, created_by)
     SELECT o[1 + e % 400], '对接会' || e, 'one-to-one', 'onsite', ($2::text[])[1 + e % 8], '{}', '[]', 20,
            timestamptz '2026-01-01 08:00+08', 'automatic', 'organizer', 'finished', gen_random_uuid()
       FROM generate_series(1, $1) e, ${orgs} AS a(o)`,
    [events, CITIES],
  );
  await pool.query(
    `INSERT INTO event_registrations (event_id, organization_id, postings, status, check_in_token, created_by)
     SELECT e.id, org.id, '[]', 'approved', md5(e.id::text || org.id::text), gen_random_uuid()
       FROM matchmaking_events e CROSS JOIN organizations org`,
  );
  // Registrations numbered 0…399 within each event, events numbered 0…events-1: meeting i, the j-th of
  // event i % events (j = i / events), is between the registrations j % 400 and j % 400 + 1 + j / 400 (mod
  // 400; never the same, never the same pair twice in an event while j < 159 600), from an accepted request
  // for a demand, one in five to an expert, made two days after the demand's publication, the meeting's day.
  await pool.query(
    `WITH r AS (SELECT id, event_id, organization_id,
                       dense_rank() OVER (ORDER BY event_id) - 1 AS e,
                       row_number() OVER (PARTITION BY event_id ORDER BY organization_id) - 1 AS n
                  FROM event_registrations),
          q AS (INSERT INTO event_meeting_requests (event_id, from_registration_id, to_registration_id,
                                                    from_posting_kind, from_posting_id, to_posting_kind, to_posting_id,
                                                    status, expires_at, created_by, created_at)
                SELECT ra.event_id, ra.id, rb.id, 'demand', d[1 + i % $3],
                       CASE WHEN i % 5 = 0 THEN 'expert' ELSE 'achievement' END,
                       CASE WHEN i % 5 = 0 THEN x[1 + i % $4] ELSE gen_random_uuid() END, 'accepted',
                       published[1 + i % $3] + interval '2 days', gen_random_uuid(), published[1 + i % $3] + interval '2 days'
                  FROM generate_series(0, $1 - 1) i
                  JOIN r ra ON ra.e = i % $2 AND ra.n = i / $2 % 400
                  JOIN r rb ON rb.e = i % $2 AND rb.n = (i / $2 % 400 + 1 + i / $2 / 400) % 400,
                       (SELECT array_agg(id ORDER BY id), array_agg(published_at ORDER BY id) FROM demands) AS ds(d, published),
                       (SELECT array_agg(id ORDER BY id) FROM experts) AS es(x)
                RETURNING id, event_id, from_registration_id, to_registration_id, expires_at),
          m AS (INSERT INTO event_meetings (event_id, request_id, registration_a_id, registration_b_id, created_at)
                SELECT event_id, id, from_registration_id, to_registration_id, expires_at FROM q
                RETURNING id, event_id, registration_a_id, created_at)
     INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
     SELECT m.id, r.organization_id, m.event_id,
            CASE WHEN row_number() OVER (ORDER BY m.id) % 10 = 0 THEN 'no-show' ELSE 'held' END,
            gen_random_uuid(), m.created_at
       FROM m JOIN r ON r.id = m.registration_a_id`,
    [MEETINGS, events, DEMANDS, EXPERTS],
  );
}

/**
 * The same figures by hand over the base tables: the baseline. `parties` narrows each table's rows by the
 * organizations a record belongs to (its columns given), for the filtered overviews; $3 is its value.
 */
const handWritten = (parties: (columns: string) => string = () => 'TRUE') => `
  SELECT (SELECT count(*) FROM demands d JOIN organizations o ON o.id = d.organization_id
           WHERE d.published_at >= $1::date AND d.published_at < $2::date + 1 AND COALESCE(d.region_code, o.region_code) LIKE '32%'
             AND ${parties('d.organization_id')}),
         (SELECT count(*) FROM matches m JOIN organizations o ON o.id = m.source_organization_id
           WHERE m.created_at >= $1::date AND m.created_at < $2::date + 1 AND m.superseded_at IS NULL AND o.region_code LIKE '32%'
             AND ${parties('m.source_organization_id, m.candidate_organization_id')}),
         (SELECT count(*) FROM conversations c JOIN organizations o ON o.id = c.source_organization_id
           WHERE c.created_at >= $1::date AND c.created_at < $2::date + 1 AND o.region_code LIKE '32%'
             AND ${parties('c.source_organization_id, c.candidate_organization_id')}),
         (SELECT count(*) FROM event_meetings m JOIN matchmaking_events e ON e.id = m.event_id
            JOIN LATERAL (SELECT min(recorded_at) AS at FROM event_meeting_outcomes o
                           WHERE o.meeting_id = m.id AND o.outcome <> 'no-show') held
              ON held.at >= $1::date AND held.at < $2::date + 1
           WHERE m.status = 'scheduled' AND e.region_code LIKE '32%'
             AND ${parties(`(SELECT organization_id FROM event_registrations WHERE id = m.registration_a_id),
                            (SELECT organization_id FROM event_registrations WHERE id = m.registration_b_id),
                            e.organizer_organization_id`)}),
         (SELECT count(*) FILTER (WHERE TRUE) FROM deals WHERE status = 'confirmed' AND signed_on BETWEEN $1 AND $2 AND seller_region_code LIKE '32%'
             AND ${parties('buyer_organization_id, seller_organization_id')}),
         (SELECT sum(contract_value_yuan) FROM deals WHERE status = 'confirmed' AND category = 'technology' AND signed_on BETWEEN $1 AND $2 AND seller_region_code LIKE '32%'
             AND ${parties('buyer_organization_id, seller_organization_id')}),
         (SELECT count(*) FROM visits WHERE visited_on BETWEEN $1 AND $2 AND enterprise_region_code LIKE '32%'
             AND ${parties('organization_id, enterprise_id')}),
         (SELECT avg(score) FROM ratings r JOIN organizations o ON o.id = r.enterprise_id
           WHERE r.created_at >= $1::date AND r.created_at < $2::date + 1 AND o.region_code LIKE '32%'
             AND ${parties('r.provider_organization_id, r.enterprise_id')})`;

/** An organization is a party. */
const BY_ORGANIZATION = handWritten((columns) => `$3::uuid IN (${columns})`);
/** An organization of the industry is a party. */
const BY_INDUSTRY = handWritten(
  (columns) =>
    `ARRAY[${columns}] && ARRAY(SELECT id FROM organizations WHERE industry_code = ANY($3::text[]))`,
);
/** Only deals carry a technology field: the two deal figures by hand. */
const BY_TECH_FIELD = `
  SELECT (SELECT count(*) FROM deals WHERE status = 'confirmed' AND COALESCE(signed_on, (created_at AT TIME ZONE 'Asia/Shanghai')::date) BETWEEN $1 AND $2
             AND seller_region_code LIKE '32%' AND tech_field = ANY($3::text[])),
         (SELECT sum(contract_value_yuan) FROM deals WHERE status = 'confirmed' AND category = 'technology' AND signed_on BETWEEN $1 AND $2
             AND seller_region_code LIKE '32%' AND tech_field = ANY($3::text[]))`;
/** The drill-down by hand: the count of a province's technology contracts and the newest 200. */
const CONTRACTS = `
  FROM deals WHERE status = 'confirmed' AND category = 'technology' AND signed_on BETWEEN $1 AND $2
   AND seller_region_code LIKE '32%'`;
const CONTRACTS_COUNT = `SELECT count(*) ${CONTRACTS}`;
const CONTRACTS_NEWEST = `SELECT id, signed_on, contract_value_yuan, project_name ${CONTRACTS} ORDER BY signed_on DESC, id DESC LIMIT 200`;
/** The same for the matches of an organization ($3). */
const MATCHES_OF = `
  FROM matches m JOIN organizations o ON o.id = m.source_organization_id
 WHERE m.created_at >= $1::date AND m.created_at < $2::date + 1 AND m.superseded_at IS NULL AND o.region_code LIKE '32%'
   AND $3::uuid IN (m.source_organization_id, m.candidate_organization_id)`;
const MATCHES_OF_COUNT = `SELECT count(*) ${MATCHES_OF}`;
const MATCHES_OF_NEWEST = `SELECT m.id, m.created_at ${MATCHES_OF} ORDER BY m.created_at DESC, m.id DESC LIMIT 200`;

/** A timestamp within the period $1–$2 in Beijing days, as the views count it, and its Beijing day. */
const within = (column: string) =>
  `${column} >= $1::date::timestamp AT TIME ZONE 'Asia/Shanghai'
   AND ${column} < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
const beijingDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * The measured figures by hand over the base tables, for 江苏 and the period: per demand published, its
 * day and the seconds to its first match (`FIRST_MATCH`) or first contact (`FIRST_CONTACT`); per expert
 * involvement (`EXPERTS`) and enterprise service (`ENTERPRISES`), the record and its day.
 */
const PUBLISHED = `
  SELECT d.id, d.published_at FROM demands d JOIN organizations o ON o.id = d.organization_id
   WHERE ${within('d.published_at')} AND COALESCE(d.region_code, o.region_code) LIKE '32%'`;
const firstOf = (events: string) => `
  SELECT d.id, ${beijingDay('d.published_at')} AS day, GREATEST(0, extract(epoch FROM min(f.at) - d.published_at)) AS seconds
    FROM (${PUBLISHED}) d JOIN (${events}) f ON f.demand_id = d.id GROUP BY d.id, d.published_at`;
const FIRST_MATCH = firstOf(
  `SELECT source_id AS demand_id, created_at AS at FROM matches WHERE source_kind = 'demand'`,
);
const FIRST_CONTACT = firstOf(`
  SELECT m.source_id AS demand_id, c.created_at AS at FROM conversations c JOIN matches m ON m.id = c.match_id
   WHERE m.source_kind = 'demand'
  UNION ALL SELECT posting_id, created_at FROM conversations WHERE posting_kind = 'demand'
  UNION ALL SELECT posting_id, created_at FROM access_requests WHERE posting_kind = 'demand'
  UNION ALL SELECT from_posting_id, created_at FROM event_meeting_requests WHERE from_posting_kind = 'demand'
  UNION ALL SELECT to_posting_id, created_at FROM event_meeting_requests WHERE to_posting_kind = 'demand'`);
const heldExperts = (side: 'from' | 'to') => `
  SELECT q.${side}_posting_id, ${beijingDay('held.at')} FROM event_meetings mt
    JOIN event_meeting_requests q ON q.id = mt.request_id AND q.${side}_posting_kind = 'expert'
    JOIN matchmaking_events ev ON ev.id = mt.event_id
    JOIN LATERAL (SELECT min(recorded_at) AS at FROM event_meeting_outcomes x
                   WHERE x.meeting_id = mt.id AND x.outcome <> 'no-show') held ON ${within('held.at')}
   WHERE mt.status = 'scheduled' AND ev.region_code LIKE '32%' AND q.${side}_posting_id IN (SELECT id FROM experts)`;
const EXPERTS_INVOLVED = `
  SELECT m.candidate_id AS id, ${beijingDay('c.created_at')} AS day
    FROM conversations c JOIN matches m ON m.id = c.match_id JOIN organizations o ON o.id = m.source_organization_id
   WHERE ${within('c.created_at')} AND m.candidate_kind = 'expert' AND o.region_code LIKE '32%'
     AND m.candidate_id IN (SELECT id FROM experts)
  UNION ALL ${heldExperts('from')}
  UNION ALL ${heldExperts('to')}
  UNION ALL SELECT x.id, dp.starts_on FROM dispatches dp CROSS JOIN unnest(dp.expert_ids) x(id)
    LEFT JOIN organizations eo ON eo.id = dp.enterprise_id
   WHERE dp.starts_on BETWEEN $1 AND $2 AND COALESCE(dp.region_code, eo.region_code) LIKE '32%'
     AND x.id IN (SELECT id FROM experts)
  UNION ALL SELECT e.id, s.served_on FROM service_logs s JOIN experts e ON e.claimed_by = s.created_by
   WHERE s.served_on BETWEEN $1 AND $2 AND s.enterprise_region_code LIKE '32%'`;
const ENTERPRISES_SERVED = `
  SELECT enterprise_id AS id, visited_on AS day FROM visits
   WHERE visited_on BETWEEN $1 AND $2 AND enterprise_region_code LIKE '32%'
  UNION ALL SELECT enterprise_id, served_on FROM service_logs
   WHERE served_on BETWEEN $1 AND $2 AND enterprise_region_code LIKE '32%'
  UNION ALL SELECT dp.enterprise_id, dp.starts_on FROM dispatches dp JOIN organizations eo ON eo.id = dp.enterprise_id
   WHERE dp.starts_on BETWEEN $1 AND $2 AND eo.region_code LIKE '32%'
  UNION ALL SELECT buyer_organization_id, COALESCE(signed_on, ${beijingDay('created_at')}) FROM deals
   WHERE status = 'confirmed' AND buyer_type = 'enterprise' AND buyer_region_code LIKE '32%'
     AND COALESCE(signed_on, ${beijingDay('created_at')}) BETWEEN $1 AND $2
  UNION ALL SELECT seller_organization_id, COALESCE(signed_on, ${beijingDay('created_at')}) FROM deals
   WHERE status = 'confirmed' AND seller_type = 'enterprise' AND seller_region_code LIKE '32%'
     AND COALESCE(signed_on, ${beijingDay('created_at')}) BETWEEN $1 AND $2`;
/** The four measured figures by hand: demands measured and median seconds, distinct experts and enterprises. */
const MEASURED_BY_HAND = `
  SELECT (SELECT count(*)::int FROM (${FIRST_MATCH}) f) AS match_n,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM (${FIRST_MATCH}) f) AS match_median,
         (SELECT count(*)::int FROM (${FIRST_CONTACT}) f) AS contact_n,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM (${FIRST_CONTACT}) f) AS contact_median,
         (SELECT count(DISTINCT id)::int FROM (${EXPERTS_INVOLVED}) x) AS experts,
         (SELECT count(DISTINCT id)::int FROM (${ENTERPRISES_SERVED}) x) AS enterprises`;
/** A measured figure's drill-down by hand: how many records, and the newest 200 (latest day, then id). */
const newestByHand = (records: string) => `
  SELECT id, max(day) AS day, count(*) OVER ()::int AS total FROM (${records}) r
   GROUP BY id ORDER BY max(day) DESC, id DESC LIMIT 200`;

/**
 * What the filters pick, on a database generated before the bench measured them: organizations get one of
 * four industries (two of 制造业, C), deals one of three technology fields (two under EV). Marks the
 * deals' days dirty once; the first read re-counts them.
 */
async function label(pool: pg.Pool): Promise<void> {
  await pool.query(
    `WITH o AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM organizations WHERE industry_code IS NULL)
     UPDATE organizations SET industry_code = (ARRAY['39', '35', '65', '73'])[1 + o.i % 4] FROM o
      WHERE organizations.id = o.id`,
  );
  await pool.query(
    `UPDATE deals SET tech_field = (ARRAY['EV-BATTERY', 'EV-MOTOR', 'IT-AI'])[1 + abs(hashtext(id::text)) % 3]
      WHERE tech_field IS NULL`,
  );
}

/**
 * p50 and p95 of `runs` runs after one warm-up; `untimed` is the part of a run's result not to count (ms).
 */
async function timed<T>(
  run: () => Promise<T>,
  untimed: (result: T) => number = () => 0,
  runs = RUNS,
): Promise<{ p50: number; p95: number }> {
  await run();
  const latencies: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = await run();
    latencies.push(performance.now() - start - untimed(result));
  }
  return percentiles(latencies);
}

type Statistics = InstanceType<(typeof import('#reporting'))['StatisticsService']>;
type Timing = { p50: number; p95: number };

/**
 * The filtered overviews and the drill-downs, each beside the same figures by hand-written SQL over the
 * base tables in the same run: by organization, a society's own scope (the records it is party of), by
 * industry (制造业, C) and technology field (EV), and the records behind 技术合同成交额 and behind the
 * matches of an organization.
 */
async function measureFiltered(
  pool: pg.Pool,
  statistics: Statistics,
  actor: Parameters<Statistics['overview']>[0],
  query: { from: string; to: string; regionCode: string },
): Promise<{ name: string; service: Timing; baseline: Timing }[]> {
  const { industryCodesWithin, techFieldWithSubfields } = await import('#core');
  const organizationId = (
    await pool.query<{ id: string }>('SELECT id FROM organizations ORDER BY id OFFSET 7 LIMIT 1')
  ).rows[0]!.id;
  const year = [YEAR.from, YEAR.to];
  const hand = (...statements: [string, unknown[]][]) =>
    timed(
      async () => {
        for (const [sql, params] of statements) await pool.query(sql, params);
      },
      undefined,
      BASELINE_RUNS,
    );
  const society = { kind: 'organization' as const, regionCode: null, organizationId };
  return [
    {
      name: 'overview by organization',
      service: await timed(() => statistics.overview(actor, { ...query, organizationId })),
      baseline: await hand([BY_ORGANIZATION, [...year, organizationId]]),
    },
    {
      name: "a society's own scope (organization_ids)",
      service: await timed(() => statistics.overviewOf(society, YEAR)),
      baseline: await hand([BY_ORGANIZATION, [...year, organizationId]]),
    },
    {
      name: 'overview by industry (C 制造业)',
      service: await timed(() => statistics.overview(actor, { ...query, industryCode: 'C' })),
      baseline: await hand([BY_INDUSTRY, [...year, industryCodesWithin('C')]]),
    },
    {
      name: 'overview by technology field (EV)',
      service: await timed(() => statistics.overview(actor, { ...query, techField: 'EV' })),
      baseline: await hand([BY_TECH_FIELD, [...year, techFieldWithSubfields('EV')]]),
    },
    {
      name: 'drill-down: 技术合同成交额, 200 newest',
      service: await timed(() => statistics.records(actor, 'contract-value', query)),
      baseline: await hand([CONTRACTS_COUNT, year], [CONTRACTS_NEWEST, year]),
    },
    {
      name: "drill-down: an organization's matches, 200 newest",
      service: await timed(() => statistics.records(actor, 'matches', { ...query, organizationId })),
      baseline: await hand(
        [MATCHES_OF_COUNT, [...year, organizationId]],
        [MATCHES_OF_NEWEST, [...year, organizationId]],
      ),
    },
  ];
}

type Measures = InstanceType<(typeof import('#reporting'))['ReportingMeasures']>;

/**
 * The measured figures of 江苏's year (time to first match and contact, experts mobilized, enterprises
 * served), each beside the same by hand-written SQL over the base tables in the same run: the read model's
 * read as the overview makes it (`MeasuredFigures.overview`: the probe of the oldest dirty key, then the
 * read) at rest and right after a write each of them counts (a visit, a service log, an expert's
 * conversation and a demand's match moved a day, or back: the read does not wait for their re-count, which
 * the worker's job runs meanwhile, see {@link startFreshening}); the same read re-counting first, as a
 * saved report or an export does (`StatisticsService.settle`); and each figure's drill-down. Also returns
 * both sides' figures, which must agree.
 */
async function measureMeasured(
  pool: pg.Pool,
  dataSource: DataSource,
  statistics: Statistics,
  measures: Measures,
  actor: Parameters<Statistics['overview']>[0],
  query: { from: string; to: string; regionCode: string },
): Promise<{ rows: { name: string; service: Timing; baseline: Timing }[]; figures: string[] }> {
  const { MeasuredFigures } = await import('../libs/reporting/src/statistics/measured-figures.js');
  const measured = new MeasuredFigures(dataSource, measures);
  const scope = await statistics.scopeOf(actor, query);
  const read = async () => (await measured.overview(scope, query, undefined)).rows;
  const year = [YEAR.from, YEAR.to];
  const byHand = (sql: string) => timed(() => pool.query(sql, year), undefined, BASELINE_RUNS);
  const [written] = (
    await pool.query<{ visit: string; log: string; conversation: string; match: string }>(
      `SELECT (SELECT id FROM visits ORDER BY id LIMIT 1) AS visit, (SELECT id FROM service_logs ORDER BY id LIMIT 1) AS log,
              (SELECT c.id FROM conversations c JOIN matches m ON m.id = c.match_id
                WHERE m.candidate_kind = 'expert' ORDER BY c.id LIMIT 1) AS conversation,
              (SELECT id FROM matches WHERE source_kind = 'demand' ORDER BY id LIMIT 1) AS match`,
    )
  ).rows;
  let moved = false;
  const afterWriteThen = (thenRead: () => Promise<unknown>) => async () => {
    const started = performance.now();
    moved = !moved;
    const days = moved ? 1 : -1;
    await pool.query('UPDATE visits SET visited_on = visited_on + $2::int WHERE id = $1', [
      written!.visit,
      days,
    ]);
    await pool.query('UPDATE service_logs SET served_on = served_on + $2::int WHERE id = $1', [
      written!.log,
      days,
    ]);
    for (const table of ['conversations', 'matches'] as const)
      await pool.query(`UPDATE ${table} SET created_at = created_at + $2 * interval '1 day' WHERE id = $1`, [
        table === 'matches' ? written!.match : written!.conversation,
        days,
      ]);
    const writing = performance.now() - started;
    await thenRead();
    return writing;
  };
  const untimedWriting = (writing: number) => writing;
  const afterWrite = await timed(afterWriteThen(read), untimedWriting);
  const exactAfterWrite = await timed(
    afterWriteThen(async () => {
      await statistics.settle();
      return read();
    }),
    untimedWriting,
  );
  const atRest = await timed(read);
  const baseline = await byHand(MEASURED_BY_HAND);
  const drillDowns = {
    'time-to-first-match': `SELECT id, day FROM (${FIRST_MATCH}) f`,
    'time-to-first-contact': `SELECT id, day FROM (${FIRST_CONTACT}) f`,
    'experts-mobilized': EXPERTS_INVOLVED,
    'enterprises-served': ENTERPRISES_SERVED,
  } as const;
  const rows = [
    { name: 'measured figures (4), at rest', service: atRest, baseline },
    {
      name: 'measured figures right after a visit, a log, a conversation and a match moved (not waiting for their re-count)',
      service: afterWrite,
      baseline,
    },
    {
      name: 'the same re-counting first, as a saved report or an export reads them',
      service: exactAfterWrite,
      baseline,
    },
  ];
  const figures: string[] = [];
  for (const [figure, records] of Object.entries(drillDowns)) {
    rows.push({
      name: `drill-down: ${figure}, 200 newest`,
      service: await timed(() => statistics.records(actor, figure as keyof typeof drillDowns, query)),
      baseline: await byHand(newestByHand(records)),
    });
    const { total } = await statistics.records(actor, figure as keyof typeof drillDowns, query);
    const [byHandTotal] = (await pool.query<{ total: number }>(newestByHand(records), year)).rows;
    figures.push(`${figure} drill-down total ${total} (by hand ${byHandTotal?.total ?? 0})`);
  }
  const service = await read();
  const [hand] = (await pool.query<Record<string, number>>(MEASURED_BY_HAND, year)).rows;
  const hours = (seconds: number | null) => (seconds === null ? '–' : `${(seconds / 3600).toFixed(1)} h`);
  const total = (figure: string) => service.find((row) => row.figure === figure && row.month === null);
  figures.unshift(
    `time-to-first-match ${total('time-to-first-match')?.n} demands, median ${hours(total('time-to-first-match')?.median ?? null)} (by hand ${hand!.match_n}, ${hours(hand!.match_median!)})`,
    `time-to-first-contact ${total('time-to-first-contact')?.n} demands, median ${hours(total('time-to-first-contact')?.median ?? null)} (by hand ${hand!.contact_n}, ${hours(hand!.contact_median!)})`,
    `experts-mobilized ${total('experts-mobilized')?.n} (by hand ${hand!.experts}); enterprises-served ${total('enterprises-served')?.n} (by hand ${hand!.enterprises})`,
  );
  return { rows, figures };
}

type Config = Awaited<ReturnType<typeof openDatabase>>['config'];

/**
 * The worker's re-count of the measured figures as the worker runs it: its handler's job scheduler
 * (REPORTING_MEASURES_FRESHEN_SECONDS) on a BullMQ queue of this process's own, in this process (the rest
 * of the worker's queues have nothing to do here). Returns what stops it.
 */
async function startFreshening(config: Config, measures: Measures): Promise<() => Promise<void>> {
  const { Queue, Worker } = await import('bullmq');
  const { QueueName } = await import('#queue');
  const { ReportingMeasuresFreshenHandler } =
    await import('../libs/reporting/src/jobs/reporting-measures-freshen.handler.js');
  const handler = new ReportingMeasuresFreshenHandler(measures, config);
  const [schedule] = handler.schedules();
  const connection = { url: config.REDIS_URL };
  const prefix = `{${config.REDIS_PREFIX}-${process.pid}}`;
  const queue = new Queue(QueueName.Maintenance, { connection, prefix });
  const worker = new Worker(QueueName.Maintenance, () => handler.freshen(), { connection, prefix });
  await queue.upsertJobScheduler(schedule!.job, schedule!.repeat, {
    name: schedule!.job,
    opts: schedule!.options,
  });
  return async () => {
    await queue.removeJobScheduler(schedule!.job);
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  };
}

/**
 * The worker's lag: from a write's commit (a visit moved a day, or back) until the worker's re-count has
 * taken its keys and committed (the dirty table empty again), polled every 10 ms. Each write comes at its
 * own moment of the job's period (spread evenly over it), as a user's would: written right after a run,
 * every write would wait the whole period.
 */
async function measureLag(pool: pg.Pool, every: number): Promise<Timing> {
  const [{ id }] = (await pool.query<{ id: string }>('SELECT id FROM visits ORDER BY id OFFSET 1 LIMIT 1'))
    .rows as [{ id: string }];
  const lags: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, ((i * 7) % RUNS) * (every / RUNS)));
    await pool.query('UPDATE visits SET visited_on = visited_on + $2::int WHERE id = $1', [
      id,
      i % 2 === 0 ? 1 : -1,
    ]);
    const committed = performance.now();
    for (;;) {
      const { rows } = await pool.query('SELECT 1 FROM reporting_measure_dirty_days LIMIT 1');
      if (rows.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    lags.push(performance.now() - committed);
  }
  return percentiles(lags);
}

async function main(): Promise<void> {
  const { config, pool } = await openDatabase({ connections: 2, duration: 1, warmup: 0 });
  await generate(pool);
  await label(pool);
  const { createDataSource } = await import('../migrations/data-source.js');
  const { ReportingDaily, ReportingMeasures, StatisticsService } = await import('#reporting');
  const { ReportExportService } = await import('../libs/reporting/src/report-export.service.js');
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  // A platform admin asking for 江苏 needs no organization look-up: the service's own query, nothing else.
  const daily = new ReportingDaily(dataSource);
  const measures = new ReportingMeasures(dataSource, config);
  const statistics = new StatisticsService(dataSource, null as never, daily, measures);
  const exports = new ReportExportService(statistics);
  const actor = {
    userId: '',
    sessionId: null,
    platformRole: 'admin' as const,
    memberships: new Map(),
    organizationId: null,
    ip: null,
  };
  const query = { ...YEAR, regionCode: '320000' };
  // Every figure-day dirty, as after a bulk load (the generator's statements mark theirs): re-counted
  // once, as the first dashboard read after such a load would.
  await daily.freshen();
  await pool.query(
    'INSERT INTO reporting_dirty_days (figure, day) SELECT DISTINCT figure, day FROM reporting_daily',
  );
  let start = performance.now();
  const recounted = await daily.freshen();
  const loadRecount = performance.now() - start;
  start = performance.now();
  const check = await daily.check();
  const checkTime = performance.now() - start;
  // The read models as autovacuum leaves them some minutes after such a load: planner statistics of their
  // new rows (without them a year's distinct count is sorted on disk: 0.5 s instead of 0.1 s) and a visibility
  // map, so their covering indexes serve index-only scans.
  await measures.freshen();
  await pool.query(
    `VACUUM ANALYZE reporting_daily, reporting_daily_parties, reporting_daily_industries, reporting_measure_rows,
                    reporting_measure_months`,
  );
  // From here on the worker's job re-counts the measured figures every few seconds, as in production.
  const stopFreshening = await startFreshening(config, measures);
  const service = await timed(() => statistics.overview(actor, query));
  // Before each read a deal is disputed (or confirmed again) and a meeting's record moved a day (or back):
  // the read re-counts the daily aggregate's days first (exact at read time), not the measured figures'.
  const dealId = (await pool.query<{ id: string }>(`SELECT id FROM deals WHERE status = 'confirmed' LIMIT 1`))
    .rows[0]!.id;
  const meetingId = (
    await pool.query<{ id: string }>('SELECT meeting_id AS id FROM event_meeting_outcomes LIMIT 1')
  ).rows[0]!.id;
  let disputed = false;
  /** The deal disputed (or confirmed again) and the meeting moved, then `thenRead` timed without them. */
  const afterDispute = (thenRead: () => Promise<unknown>) =>
    timed(
      async () => {
        const started = performance.now();
        disputed = !disputed;
        await pool.query(`UPDATE deals SET status = $2 WHERE id = $1`, [
          dealId,
          disputed ? 'disputed' : 'confirmed',
        ]);
        await pool.query(
          `UPDATE event_meeting_outcomes SET recorded_at = recorded_at + $2 * interval '1 day' WHERE meeting_id = $1`,
          [meetingId, disputed ? 1 : -1],
        );
        const writing = performance.now() - started;
        await thenRead();
        return writing;
      },
      (writing) => writing,
    );
  const afterWrite = await afterDispute(() => statistics.overview(actor, query));
  // What of that the additive figures' re-count is (exact at read time, so the overview waits for it).
  const dailyAfterWrite = await afterDispute(() => daily.freshen());
  const baseline = await timed(
    () => pool.query(handWritten(), [YEAR.from, YEAR.to]),
    undefined,
    BASELINE_RUNS,
  );
  const filtered = await measureFiltered(pool, statistics, actor, query);
  // The floor under a read by industry: PostgreSQL only reading the year's rows of the industries aggregate
  // the filter has to look at (no filter, no grouping), on the same cores in the same run.
  const industryFloor = await timed(
    () =>
      pool.query(
        `SELECT count(*), sum(n), sum(amount) FROM reporting_daily_industries
          WHERE day BETWEEN $1 AND $2 AND region_code LIKE '32%'`,
        [YEAR.from, YEAR.to],
      ),
    undefined,
    BASELINE_RUNS,
  );
  const measured = await measureMeasured(pool, dataSource, statistics, measures, actor, query);
  const lag = await measureLag(pool, config.REPORTING_MEASURES_FRESHEN_SECONDS * 1_000);
  await stopFreshening();
  const exportTimes: Record<string, number> = {};
  for (const format of ['xlsx', 'pdf'] as const) {
    start = performance.now();
    await exports.export(actor, query, format);
    exportTimes[format] = performance.now() - start;
  }
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `reporting bench: ${MATCHES} matches, ${Math.ceil(MATCHES / 10)} conversations, ${MEETINGS} meetings, ${DEALS} deals, ${VISITS} visits, ${VISITS} ratings; ${RUNS} runs each; ${loadNote()}`,
  );
  console.log(`re-count of every figure-day (${recounted}, as after a bulk load): ${f(loadRecount)}`);
  console.log(`nightly check against the view: ${f(checkTime)}, ${check.differences} differences`);
  console.log(`dashboard (all figures, a year, 江苏): p50 ${f(service.p50)}, p95 ${f(service.p95)}`);
  console.log(
    `dashboard right after a deal is disputed and a meeting moved (re-counts the deal's days, not the measured figures'): p50 ${f(afterWrite.p50)}, p95 ${f(afterWrite.p95)}`,
  );
  console.log(
    `  of which the additive figures' re-count (ReportingDaily.freshen) after the same writes: p50 ${f(dailyAfterWrite.p50)}, p95 ${f(dailyAfterWrite.p95)}`,
  );
  console.log(
    `worker's lag, a write's commit until its measured figures are re-counted (job every ${config.REPORTING_MEASURES_FRESHEN_SECONDS} s): p50 ${f(lag.p50)}, p95 ${f(lag.p95)}`,
  );
  console.log(`hand-written SQL baseline:            p50 ${f(baseline.p50)}, p95 ${f(baseline.p95)}`);
  console.log(
    `ratio (p95 dashboard / baseline): ${(service.p95 / baseline.p95).toFixed(3)}×, after a write ${(afterWrite.p95 / baseline.p95).toFixed(3)}× (target p95 ≤ 150 ms)`,
  );
  console.log(
    `\n| query (a year of 江苏) | service p50 | service p95 | hand-written SQL p95 | ratio | p95 ≤ 150 ms |\n|---|---:|---:|---:|---:|---|`,
  );
  for (const row of [{ name: 'overview, no filter', service, baseline }, ...filtered, ...measured.rows])
    console.log(
      `| ${row.name} | ${f(row.service.p50)} | ${f(row.service.p95)} | ${f(row.baseline.p95)} | ${(row.service.p95 / row.baseline.p95).toFixed(3)}× | ${row.service.p95 <= 150 ? 'yes' : '**no**'} |`,
    );
  const byIndustry = filtered.find((row) => row.name.startsWith('overview by industry'))!.service;
  console.log(
    `floor by industry, reading the year's reporting_daily_industries rows alone: p50 ${f(industryFloor.p50)}, p95 ${f(industryFloor.p95)}; overview by industry p95 ${(byIndustry.p95 / industryFloor.p95).toFixed(2)}× that`,
  );
  console.log(`measured figures (service, hand-written SQL): ${measured.figures.join('; ')}`);
  console.log(
    `yearly provincial report: Excel ${f(exportTimes.xlsx!)}, PDF ${f(exportTimes.pdf!)} (target ≤ 10 s)`,
  );
  await dataSource.destroy();
  await pool.end();
}

await main();
