import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { loadNote, openDatabase, percentiles, positiveInt, progress, useBenchDatabase } from './load.js';

/**
 * `npm run bench:reporting`: the dashboard over generated records at issue 18's scale (BENCH_MATCHES
 * matches, 1 M; a tenth as many conversations; BENCH_MEETINGS event meetings, 100 k, nine in ten recorded
 * as held; BENCH_DEALS deals, 50 k, of which four in five both sides confirmed; BENCH_VISITS visits, 200 k,
 * and as many ratings; across the cities of 江苏; smaller values make a smoke run in a database of its own) — the service's query of every figure of a year for the
 * province (through the reporting_daily aggregate, re-counting dirty days first), at rest and right after
 * a write, beside the same figures computed by hand-written SQL over the base tables in the same run; the
 * same for the overview filtered by organization, industry and technology field, a society's own scope and
 * two drill-downs (measureFiltered); and a yearly provincial report exported to Excel and PDF.
 */
const MATCHES = positiveInt('BENCH_MATCHES', 1_000_000);
const MEETINGS = positiveInt('BENCH_MEETINGS', 100_000);
const DEALS = positiveInt('BENCH_DEALS', 50_000);
const VISITS = positiveInt('BENCH_VISITS', 200_000);
const RUNS = positiveInt('BENCH_RUNS', 30);
/** The hand-written baselines take seconds each: fewer runs (their p95 is then close to their maximum). */
const BASELINE_RUNS = positiveInt('BENCH_BASELINE_RUNS', 10);
useBenchDatabase('duijie_bench_reporting', 'duijie-bench-reporting', MATCHES);

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const CITIES = ['320100', '320200', '320300', '320400', '320500', '320600', '320700', '320800'];

async function generate(pool: pg.Pool): Promise<void> {
  const [{ n }] = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM matches')).rows;
  if (n >= MATCHES) return progress(`records already generated (${n} matches)`);
  progress('generating organizations, matches, conversations, deals, visits and ratings…');
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
    `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                          candidate_organization_id, score, features, reasons, status, created_at, updated_at)
     SELECT 'demand', gen_random_uuid(), o[1 + i % 400], 'achievement', gen_random_uuid(), o[1 + (i * 7) % 400],
            0.5, '{}', '[]', 'new', ${day('i')}, ${day('i')}
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [MATCHES],
  );
  await pool.query(
    `INSERT INTO conversations (source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
     SELECT o[1 + i % 400], o[1 + (i * 7) % 400], '对接', ${day('i')}, ${day('i')}
       FROM generate_series(1, $1) i, ${orgs} AS a(o)`,
    [Math.ceil(MATCHES / 10)],
  );
  await generateMeetings(pool, orgs, day);
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
  await pool.query('ANALYZE');
}

/**
 * One event per 1 000 meetings in a city of 江苏, every organization registered to each, and a meeting
 * between two of them; one side records nine in ten as held (the rest no-shows, not counted).
 */
async function generateMeetings(pool: pg.Pool, orgs: string, day: (i: string) => string): Promise<void> {
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
  // Registrations numbered 0…399 within each event, events numbered 0…events-1: meeting i is in event
  // i % events, between the registrations i % 400 and (7i + 1) % 400 (never the same one: 6i + 1 is odd).
  await pool.query(
    `WITH r AS (SELECT id, event_id, organization_id,
                       dense_rank() OVER (ORDER BY event_id) - 1 AS e,
                       row_number() OVER (PARTITION BY event_id ORDER BY organization_id) - 1 AS n
                  FROM event_registrations),
          m AS (INSERT INTO event_meetings (event_id, registration_a_id, registration_b_id, created_at)
                SELECT ra.event_id, ra.id, rb.id, ${day('i')}
                  FROM generate_series(0, $1 - 1) i
                  JOIN r ra ON ra.e = i % $2 AND ra.n = i % 400
                  JOIN r rb ON rb.e = i % $2 AND rb.n = (i * 7 + 1) % 400
                RETURNING id, event_id, registration_a_id, created_at)
     INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
     SELECT m.id, r.organization_id, m.event_id,
            CASE WHEN row_number() OVER (ORDER BY m.id) % 10 = 0 THEN 'no-show' ELSE 'held' END,
            gen_random_uuid(), m.created_at
       FROM m JOIN r ON r.id = m.registration_a_id`,
    [MEETINGS, events],
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
  const statistics = new StatisticsService(
    dataSource,
    null as never,
    daily,
    new ReportingMeasures(dataSource),
  );
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
  const service = await timed(() => statistics.overview(actor, query));
  // Before each read a deal is disputed (or confirmed again) and a meeting's record moved a day (or back):
  // the read re-counts those days first.
  const dealId = (await pool.query<{ id: string }>(`SELECT id FROM deals WHERE status = 'confirmed' LIMIT 1`))
    .rows[0]!.id;
  const meetingId = (
    await pool.query<{ id: string }>('SELECT meeting_id AS id FROM event_meeting_outcomes LIMIT 1')
  ).rows[0]!.id;
  let disputed = false;
  const afterWrite = await timed(
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
      await statistics.overview(actor, query);
      return writing;
    },
    (writing) => writing,
  );
  const baseline = await timed(
    () => pool.query(handWritten(), [YEAR.from, YEAR.to]),
    undefined,
    BASELINE_RUNS,
  );
  const filtered = await measureFiltered(pool, statistics, actor, query);
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
    `dashboard right after a deal is disputed and a meeting moved (re-counts their days): p50 ${f(afterWrite.p50)}, p95 ${f(afterWrite.p95)}`,
  );
  console.log(`hand-written SQL baseline:            p50 ${f(baseline.p50)}, p95 ${f(baseline.p95)}`);
  console.log(
    `ratio (p95 dashboard / baseline): ${(service.p95 / baseline.p95).toFixed(3)}×, after a write ${(afterWrite.p95 / baseline.p95).toFixed(3)}× (target p95 ≤ 150 ms)`,
  );
  console.log(
    `\n| query (a year of 江苏) | service p50 | service p95 | hand-written SQL p95 | ratio | p95 ≤ 150 ms |\n|---|---:|---:|---:|---:|---|`,
  );
  for (const row of [{ name: 'overview, no filter', service, baseline }, ...filtered])
    console.log(
      `| ${row.name} | ${f(row.service.p50)} | ${f(row.service.p95)} | ${f(row.baseline.p95)} | ${(row.service.p95 / row.baseline.p95).toFixed(3)}× | ${row.service.p95 <= 150 ? 'yes' : '**no**'} |`,
    );
  console.log(
    `yearly provincial report: Excel ${f(exportTimes.xlsx!)}, PDF ${f(exportTimes.pdf!)} (target ≤ 10 s)`,
  );
  await dataSource.destroy();
  await pool.end();
}

await main();
