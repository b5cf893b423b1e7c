import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { setTimeout } from 'node:timers/promises';
import pg from 'pg';
import {
  measureApi as measureApiWith,
  measureSql as measureSqlWith,
  positiveInt,
  progress,
  useBenchDatabase,
  type LoadSettings,
  type Measured,
} from './load.js';

/**
 * `node dist/bench/catalogue.js`: the public 难题榜 (GET /api/v1/demands and /api/v1/demands/:id) on a
 * catalogue of BENCH_POSTINGS demands, each scenario measured through the real api and, as the baseline in
 * the same run, as hand-written SQL sent straight through a pg.Pool at the same concurrency. The ratio of
 * the two p95s is what the api stack (Nest, validation, TypeORM, mapping, JSON) costs on top of the
 * database; docs/BENCHMARKS.md records the results and how to read them.
 *
 * The load itself comes from bench/load.ts (autocannon in a worker thread).
 */

const POSTINGS = positiveInt('BENCH_POSTINGS', 100_000);
const DURATION = positiveInt('BENCH_DURATION', 8);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 16);
const WARMUP_SECONDS = 2;
const LOAD: LoadSettings = { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP_SECONDS };
const measureApi = (name: string, base: string, paths: string[]) => measureApiWith(LOAD, name, base, paths);
const measureSql = (name: string, label: string, request: (i: number) => Promise<unknown>) =>
  measureSqlWith(LOAD, name, label, request);
const PAGE = 20;
/** How deep the deep-page scenario starts: its cursor is taken after this many rows. */
const DEEP_ROWS = 2_000;
/** How many published public demands the detail scenario rotates through. */
const DETAIL_IDS = 2_000;

/** From the issue: the api's p95 within this factor of the raw SQL's, and the filtered first page fast. */
const TARGET_RATIO = 2;
const TARGET_FILTERED_P95_MS = 30;
const FILTERED_FIRST_PAGE = 'filtered first page';

/** LISTED_STATUSES (libs/postings/src/demands/demand-workflow.ts) and what an anonymous caller may list. */
const LISTED = ['published', 'in_progress', 'solved'];
const ANONYMOUS_VISIBILITY = ['public', 'confidential'];

// ── The SQL the service runs ───────────────────────────────────────────────────────────────────────

/**
 * DemandService.list and .view load the demand with its organization, every column of both, under
 * TypeORM's aliases. The columns are read from the migrated schema, so the select list stays the
 * entity's (the schema-drift test keeps the two equal).
 */
async function selectList(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('demands', 'organizations')
      ORDER BY table_name, ordinal_position`,
  );
  return rows
    .map(({ table_name, column_name }) => {
      const alias = table_name === 'demands' ? 'd' : 'o';
      return `"${alias}"."${column_name}" AS "${alias}_${column_name}"`;
    })
    .join(', ');
}

interface ListFilter {
  category?: string;
  /** What `regionCode` becomes: 320000 → '32'. */
  regionPrefix?: string;
  /** A decoded cursor: published_at as the api sent it, and the id. */
  after?: [string, string];
}

/** The WHERE clause list() builds for an anonymous caller, newest first. */
function listWhere(filter: ListFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [...LISTED, ...ANONYMOUS_VISIBILITY];
  const parts = ['"d"."status" IN ($1, $2, $3)', '"d"."visibility" IN ($4, $5)'];
  if (filter.category) {
    params.push(filter.category);
    parts.push(`"d"."category" = $${params.length}`);
  }
  if (filter.regionPrefix) {
    params.push(`${filter.regionPrefix}%`);
    parts.push(`"d"."region_code" LIKE $${params.length}`);
  }
  if (filter.after) {
    params.push(...filter.after);
    parts.push(`("d"."published_at", "d"."id") < ($${params.length - 1}, $${params.length})`);
  }
  return { where: parts.join(' AND '), params };
}

const FROM = `FROM "demands" "d" LEFT JOIN "organizations" "o" ON "o"."id" = "d"."organization_id"`;
const NEWEST = `ORDER BY "d"."published_at" DESC, "d"."id" DESC`;
const COUNT_VIEW = 'UPDATE demands SET view_count = view_count + 1 WHERE id = $1';

/** The page as one hand-written SELECT: limit + 1 rows, the extra one telling whether there is a next page. */
function rawList(pool: pg.Pool, columns: string, filter: ListFilter) {
  const { where, params } = listWhere(filter);
  const sql = `SELECT ${columns} ${FROM} WHERE ${where} ${NEWEST} LIMIT ${PAGE + 1}`;
  return () => pool.query<{ d_id: string }>(sql, params);
}

/**
 * The page as TypeORM sends it (from its query log, with shorter aliases): `take()` with a join makes it
 * select the distinct ids of the page over the joined rows first, then the rows of those ids.
 */
function ormList(pool: pg.Pool, columns: string, filter: ListFilter) {
  const { where, params } = listWhere(filter);
  const ids = `SELECT DISTINCT "distinctAlias"."d_id" AS "ids_d_id", "distinctAlias"."d_published_at", "distinctAlias"."d_id"
    FROM (SELECT ${columns} ${FROM} WHERE ${where}) "distinctAlias"
    ORDER BY "distinctAlias"."d_published_at" DESC, "distinctAlias"."d_id" DESC, "d_id" ASC LIMIT ${PAGE + 1}`;
  return async () => {
    const page = await pool.query<{ ids_d_id: string }>(ids, params);
    if (page.rows.length === 0) return;
    const list = page.rows.map((_, i) => `$${params.length + i + 1}`).join(', ');
    await pool.query(`SELECT ${columns} ${FROM} WHERE (${where}) AND ("d"."id" IN (${list})) ${NEWEST}`, [
      ...params,
      ...page.rows.map((row) => row.ids_d_id),
    ]);
  };
}

/** A detail as one SELECT, then the view counter every anonymous view bumps. */
function rawDetail(pool: pg.Pool, columns: string) {
  const sql = `SELECT ${columns} ${FROM} WHERE "d"."id" = $1`;
  return async (id: string) => {
    await pool.query(sql, [id]);
    await pool.query(COUNT_VIEW, [id]);
  };
}

/** A detail as TypeORM sends it: findOne with a relation takes the distinct-ids detour too. */
function ormDetail(pool: pg.Pool, columns: string) {
  const ids = `SELECT DISTINCT "distinctAlias"."d_id" AS "ids_d_id"
    FROM (SELECT ${columns} ${FROM} WHERE (("d"."id" = $1))) "distinctAlias" ORDER BY "d_id" ASC LIMIT 1`;
  const row = `SELECT ${columns} ${FROM} WHERE ((("d"."id" = $1))) AND ("d"."id" IN ($2))`;
  return async (id: string) => {
    const found = await pool.query<{ ids_d_id: string }>(ids, [id]);
    await pool.query(row, [id, found.rows[0]!.ids_d_id]);
    await pool.query(COUNT_VIEW, [id]);
  };
}

// ── The run ────────────────────────────────────────────────────────────────────────────────────────

interface Scenario {
  name: string;
  /** Api paths, taken in rotation. */
  paths: string[];
  /** For a list: its filter, to check that the hand-written SQL returns the api's page. */
  filter?: ListFilter;
  /** One request's work as hand-written SQL; `i` counts requests, for rotation. */
  raw: (i: number) => Promise<unknown>;
  /** The same request as the SQL TypeORM actually sends. */
  orm: (i: number) => Promise<unknown>;
}

interface Row {
  name: string;
  api: Measured;
  raw: Measured;
  orm: Measured;
}

interface DemandPage {
  items: { id: string }[];
  nextCursor: string | null;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The cursor after `rows` rows of the newest-first board, paged through the api 100 at a time. */
async function deepCursor(base: string, rows: number): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; seen += 100) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: DemandPage = await getJson(`${base}/api/v1/demands?limit=100${query}`);
    cursor = page.nextCursor;
    if (!cursor) throw new Error(`The board has fewer than ${rows} listed demands`);
  }
  return cursor!;
}

/** The api's cursor is base64url JSON of [sort value, id] (libs/postings/src/demands/keyset-cursor.ts). */
const decodeCursor = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];

/** The hand-written SQL must answer what the api answers, or the comparison means nothing. */
async function assertSamePage(
  name: string,
  base: string,
  path: string,
  raw: () => Promise<pg.QueryResult<{ d_id: string }>>,
) {
  const page = await getJson<DemandPage>(`${base}${path}`);
  const { rows } = await raw();
  const api = page.items.map((item) => item.id).join();
  const sql = rows
    .slice(0, PAGE)
    .map((row) => row.d_id)
    .join();
  const hasNext = rows.length > PAGE;
  if (page.items.length === 0 || api !== sql || (page.nextCursor !== null) !== hasNext) {
    throw new Error(`${name}: the hand-written SQL does not return the api's page`);
  }
}

async function main() {
  const { loadConfig } = await import('#core');
  const { prepareDatabase } = await import('../apps/api/src/cli/prepare-database.js');
  const { createApp } = await import('../apps/api/src/create-app.js');
  const { generateDemands } = await import('./demand-generator.js');

  useBenchDatabase('duijie_bench_catalogue', 'duijie-bench-catalogue');
  const config = loadConfig();
  await prepareDatabase(config, { seed: false }, progress);

  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: CONNECTIONS,
    application_name: 'duijie-bench-sql',
  });
  try {
    const started = performance.now();
    const generated = await generateDemands(pool, POSTINGS, progress);
    const generation = {
      ...generated,
      seconds: (performance.now() - started) / 1_000,
    };
    const columns = await selectList(pool);
    const facts = await catalogueFacts(pool);
    const detailIds = (
      await pool.query<{ id: string }>(
        `SELECT id FROM demands WHERE status = 'published' AND visibility = 'public' ORDER BY random() LIMIT $1`,
        [DETAIL_IDS],
      )
    ).rows.map((row) => row.id);

    const app = await createApp(config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const rows: Row[] = [];
    try {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const cursor = await deepCursor(base, DEEP_ROWS);
      const filtered: ListFilter = { category: 'chokepoint', regionPrefix: '32' };
      const deep: ListFilter = { after: decodeCursor(cursor) };
      const detail = { raw: rawDetail(pool, columns), orm: ormDetail(pool, columns) };
      const scenarios: Scenario[] = [
        {
          name: 'first page',
          paths: [`/api/v1/demands?limit=${PAGE}`],
          filter: {},
          raw: rawList(pool, columns, {}),
          orm: ormList(pool, columns, {}),
        },
        {
          name: FILTERED_FIRST_PAGE,
          paths: [`/api/v1/demands?category=chokepoint&regionCode=320000&limit=${PAGE}`],
          filter: filtered,
          raw: rawList(pool, columns, filtered),
          orm: ormList(pool, columns, filtered),
        },
        {
          name: `deep page (row ${DEEP_ROWS + 1}+)`,
          paths: [`/api/v1/demands?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`],
          filter: deep,
          raw: rawList(pool, columns, deep),
          orm: ormList(pool, columns, deep),
        },
        {
          name: 'detail (rotating ids)',
          paths: detailIds.map((id) => `/api/v1/demands/${id}`),
          raw: (i) => detail.raw(detailIds[i % detailIds.length]!),
          orm: (i) => detail.orm(detailIds[i % detailIds.length]!),
        },
      ];
      for (const { name, paths, filter } of scenarios) {
        if (filter) await assertSamePage(name, base, paths[0]!, rawList(pool, columns, filter));
      }
      for (const scenario of scenarios) {
        const api = await measureApi(scenario.name, base, scenario.paths);
        const raw = await measureSql(scenario.name, 'hand-written SQL', scenario.raw);
        const orm = await measureSql(scenario.name, 'TypeORM’s SQL', scenario.orm);
        rows.push({ name: scenario.name, api, raw, orm });
      }
    } finally {
      // autocannon drops its sockets when its time is up without waiting for the last responses; let those
      // handlers finish, or closing the app cuts their queries short and floods the output with errors.
      await setTimeout(1_000);
      await app.close();
    }
    report(rows, facts, generation);
  } finally {
    await pool.end();
  }
}

async function catalogueFacts(pool: pg.Pool) {
  const { rows } = await pool.query<{ total: number; listed: number; filtered: number; server: string }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE status = ANY($1) AND visibility = ANY($2))::int AS listed,
            count(*) FILTER (WHERE status = ANY($1) AND visibility = ANY($2)
                               AND category = 'chokepoint' AND region_code LIKE '32%')::int AS filtered,
            current_setting('server_version') AS server
       FROM demands`,
    [LISTED, ANONYMOUS_VISIBILITY],
  );
  return rows[0]!;
}

function report(
  rows: Row[],
  facts: { total: number; listed: number; filtered: number; server: string },
  generation: { existing: number; added: number; seconds: number },
) {
  const cpus = os.cpus();
  const machine = [
    cpus[0]?.model ?? 'unknown CPU',
    `${cpus.length} cores`,
    `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    `${os.platform()} ${os.release()}`,
  ];
  const count = (n: number) => n.toLocaleString('en-US');
  console.log(`date      ${new Date().toISOString()}`);
  console.log(`machine   ${machine.join(', ')}`);
  console.log(`node      ${process.version}, PostgreSQL ${facts.server}`);
  console.log(
    `catalogue ${count(facts.total)} demands, ${count(facts.listed)} listed for anonymous callers, ` +
      `${count(facts.filtered)} of them chokepoint in 江苏 (32)`,
  );
  console.log(
    generation.added > 0
      ? `generated ${count(generation.added)} demands in ${generation.seconds.toFixed(1)} s (insert + ANALYZE)`
      : `generated nothing: ${count(generation.existing)} demands were already there`,
  );
  console.log(
    `load      ${CONNECTIONS} connections (api) / ${CONNECTIONS} async workers on a pg.Pool (SQL), ` +
      `${DURATION} s each after a ${WARMUP_SECONDS} s warm-up`,
  );
  console.log();
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const header = [
    'scenario'.padEnd(24),
    'api req/s'.padStart(10),
    'api p50'.padStart(8),
    'api p95'.padStart(8),
    'sql q/s'.padStart(9),
    'sql p50'.padStart(8),
    'sql p95'.padStart(8),
    'p95 api/sql'.padStart(12),
    'orm p50'.padStart(8),
    'orm p95'.padStart(8),
  ];
  console.log(header.join(''));
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(24),
        row.api.rps.toFixed(0).padStart(10),
        ms(row.api.p50),
        ms(row.api.p95),
        row.raw.rps.toFixed(0).padStart(9),
        ms(row.raw.p50),
        ms(row.raw.p95),
        `${(row.api.p95 / row.raw.p95).toFixed(2)}×`.padStart(12),
        ms(row.orm.p50),
        ms(row.orm.p95),
      ].join(''),
    );
  }
  console.log(
    '(milliseconds; sql = the hand-written equivalent, orm = the SQL TypeORM sends, both via pg.Pool)',
  );
  console.log();
  for (const row of rows) {
    const ratio = row.api.p95 / row.raw.p95;
    const verdict = ratio <= TARGET_RATIO ? 'meets' : 'MISSED';
    console.log(
      `p95 api/sql ${row.name.padEnd(24)}${ratio.toFixed(2)}×  (${verdict} target ≤ ${TARGET_RATIO}×)`,
    );
  }
  const filtered = rows.find((row) => row.name === FILTERED_FIRST_PAGE)!;
  const verdict = filtered.api.p95 <= TARGET_FILTERED_P95_MS ? 'meets' : 'MISSED';
  console.log(
    `p95 api     ${filtered.name.padEnd(24)}${filtered.api.p95.toFixed(1)} ms  (${verdict} target ≤ ${TARGET_FILTERED_P95_MS} ms)`,
  );
}

await main();
