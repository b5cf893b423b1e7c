import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { setTimeout } from 'node:timers/promises';
import type pg from 'pg';
import { catalogueBench, measureApi, measureSql, openDatabase, progress, type Measured } from './load.js';

/**
 * `node dist/bench/catalogue.js`: the public 难题榜 (GET /api/v1/demands and /api/v1/demands/:id) on
 * BENCH_POSTINGS demands, and the generic catalogue path on one more kind (GET /api/v1/achievements and
 * /api/v1/achievements/:id) on as many achievements, each scenario measured through the real api and, as
 * the baseline in the same run, as hand-written SQL sent straight through a pg.Pool at the same
 * concurrency. The ratio of the two p95s is what the api stack (Nest, validation, TypeORM, mapping, JSON)
 * costs on top of the database; docs/BENCHMARKS.md records the results and how to read them.
 *
 * The load itself comes from bench/load.ts (autocannon in a worker thread, the SQL on async loops).
 */

const { postings: POSTINGS, load: LOAD } = catalogueBench('duijie_bench_catalogue', 'duijie-bench-catalogue');
const PAGE = 20;
/**
 * How deep the deep-page scenario starts: its cursor is taken after this many rows. 2 000 on catalogues of
 * 4 000 postings and more; on a smaller (smoke-run) one, half its postings, since only about four in five
 * are listed.
 */
const DEEP_ROWS = Math.max(100, Math.min(2_000, Math.floor(POSTINGS / 200) * 100));
/** How many published public demands the detail scenario rotates through. */
const DETAIL_IDS = 2_000;

/** From the issue: the api's p95 within this factor of the raw SQL's, and the filtered first page fast. */
const TARGET_RATIO = 2;
const TARGET_FILTERED_P95_MS = 30;
const FILTERED_FIRST_PAGE = 'filtered first page';

// ── The SQL the service runs ───────────────────────────────────────────────────────────────────────

/** One public listing: its api path and the table, alias and listed statuses its service queries. */
interface Board {
  path: string;
  table: string;
  /** The alias the service's query builder gives the posting (its organization is always `o`). */
  alias: string;
  /** LISTED_STATUSES (demand-workflow.ts) or CATALOGUE_LISTED (catalogue-workflow.ts). */
  listed: string[];
}

const DEMANDS: Board = {
  path: '/api/v1/demands',
  table: 'demands',
  alias: 'd',
  listed: ['published', 'in_progress', 'solved'],
};
const ACHIEVEMENTS: Board = {
  path: '/api/v1/achievements',
  table: 'achievements',
  alias: 'p',
  listed: ['published'],
};
/** What an anonymous caller may list, on every board. */
const ANONYMOUS_VISIBILITY = ['public', 'confidential'];

/**
 * The services' list and view load the posting with its organization, every column of both, under
 * TypeORM's aliases. The columns are read from the migrated schema, so the select list stays the
 * entity's (the schema-drift test keeps the two equal).
 */
async function selectList(pool: pg.Pool, board: Board): Promise<string> {
  const { rows } = await pool.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ($1, 'organizations')
      ORDER BY table_name, ordinal_position`,
    [board.table],
  );
  return rows
    .map(({ table_name, column_name }) => {
      const alias = table_name === board.table ? board.alias : 'o';
      return `"${alias}"."${column_name}" AS "${alias}_${column_name}"`;
    })
    .join(', ');
}

interface ListFilter {
  /** Conditions as the service's filter adds them, each `?` bound to the next value. */
  where?: [sql: string, ...values: unknown[]][];
  /** A decoded cursor: published_at as the api sent it, and the id. */
  after?: [string, string];
}

/** The WHERE clause list() builds for an anonymous caller, newest first. */
function listWhere(board: Board, filter: ListFilter): { where: string; params: unknown[] } {
  const a = `"${board.alias}"`;
  const params: unknown[] = [...board.listed, ...ANONYMOUS_VISIBILITY];
  const placeholders = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
  const parts = [
    `${a}."status" IN (${placeholders(1, board.listed.length)})`,
    `${a}."visibility" IN (${placeholders(board.listed.length + 1, ANONYMOUS_VISIBILITY.length)})`,
  ];
  for (const [sql, ...values] of filter.where ?? []) {
    let next = 0;
    parts.push(sql.replace(/\?/g, () => `$${params.push(values[next++])}`));
  }
  if (filter.after) {
    params.push(...filter.after);
    parts.push(`(${a}."published_at", ${a}."id") < ($${params.length - 1}, $${params.length})`);
  }
  return { where: parts.join(' AND '), params };
}

const from = (board: Board) =>
  `FROM "${board.table}" "${board.alias}" LEFT JOIN "organizations" "o" ON "o"."id" = "${board.alias}"."organization_id"`;
const newest = ({ alias }: Board) => `ORDER BY "${alias}"."published_at" DESC, "${alias}"."id" DESC`;
const countView = (board: Board) => `UPDATE ${board.table} SET view_count = view_count + 1 WHERE id = $1`;

/** The page as one hand-written SELECT: limit + 1 rows, the extra one telling whether there is a next page. */
function rawList(pool: pg.Pool, board: Board, columns: string, filter: ListFilter) {
  const { where, params } = listWhere(board, filter);
  const sql = `SELECT ${columns} ${from(board)} WHERE ${where} ${newest(board)} LIMIT ${PAGE + 1}`;
  return () => pool.query<Record<string, string>>(sql, params);
}

/**
 * The page as TypeORM sent it before the services moved from `take()` to `limit()` (from its query log,
 * with shorter aliases): the distinct ids of the page over the joined rows first, then the rows of those
 * ids. Kept for the demand board, as the record of what that change saved.
 */
function ormList(pool: pg.Pool, board: Board, columns: string, filter: ListFilter) {
  const { where, params } = listWhere(board, filter);
  const id = `${board.alias}_id`;
  const ids = `SELECT DISTINCT "distinctAlias"."${id}" AS "ids_id", "distinctAlias"."${board.alias}_published_at", "distinctAlias"."${id}"
    FROM (SELECT ${columns} ${from(board)} WHERE ${where}) "distinctAlias"
    ORDER BY "distinctAlias"."${board.alias}_published_at" DESC, "distinctAlias"."${id}" DESC, "${id}" ASC LIMIT ${PAGE + 1}`;
  return async () => {
    const page = await pool.query<{ ids_id: string }>(ids, params);
    if (page.rows.length === 0) return;
    const list = page.rows.map((_, i) => `$${params.length + i + 1}`).join(', ');
    await pool.query(
      `SELECT ${columns} ${from(board)} WHERE (${where}) AND ("${board.alias}"."id" IN (${list})) ${newest(board)}`,
      [...params, ...page.rows.map((row) => row.ids_id)],
    );
  };
}

/** A detail as one SELECT, then the view counter every anonymous view bumps. */
function rawDetail(pool: pg.Pool, board: Board, columns: string) {
  const sql = `SELECT ${columns} ${from(board)} WHERE "${board.alias}"."id" = $1`;
  return async (id: string) => {
    await pool.query(sql, [id]);
    await pool.query(countView(board), [id]);
  };
}

/** A detail as TypeORM sent it before view() used a query builder: findOne with a relation took the distinct-ids detour too. */
function ormDetail(pool: pg.Pool, board: Board, columns: string) {
  const a = board.alias;
  const ids = `SELECT DISTINCT "distinctAlias"."${a}_id" AS "ids_id"
    FROM (SELECT ${columns} ${from(board)} WHERE (("${a}"."id" = $1))) "distinctAlias" ORDER BY "${a}_id" ASC LIMIT 1`;
  const row = `SELECT ${columns} ${from(board)} WHERE ((("${a}"."id" = $1))) AND ("${a}"."id" IN ($2))`;
  return async (id: string) => {
    const found = await pool.query<{ ids_id: string }>(ids, [id]);
    await pool.query(row, [id, found.rows[0]!.ids_id]);
    await pool.query(countView(board), [id]);
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
  /** The same request as the SQL TypeORM used to send (demand board only). */
  orm?: (i: number) => Promise<unknown>;
}

interface Row {
  name: string;
  api: Measured;
  raw: Measured;
  orm?: Measured;
}

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The cursor after `rows` rows of the newest-first board, paged through the api 100 at a time. */
async function deepCursor(base: string, board: Board, rows: number): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; seen += 100) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: Page = await getJson(`${base}${board.path}?limit=100${query}`);
    cursor = page.nextCursor;
    if (!cursor) throw new Error(`${board.table} has fewer than ${rows} listed rows`);
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
  alias: string,
  raw: () => Promise<pg.QueryResult<Record<string, string>>>,
) {
  const page = await getJson<Page>(`${base}${path}`);
  const { rows } = await raw();
  const api = page.items.map((item) => item.id).join();
  const sql = rows
    .slice(0, PAGE)
    .map((row) => row[`${alias}_id`])
    .join();
  const hasNext = rows.length > PAGE;
  if (page.items.length === 0 || api !== sql || (page.nextCursor !== null) !== hasNext) {
    throw new Error(`${name}: the hand-written SQL does not return the api's page`);
  }
}

/** A board's filtered first page: the api query string and the conditions the service adds for it. */
interface Filtered {
  query: string;
  filter: ListFilter;
  /** How the report describes the filter. */
  label: string;
}

/**
 * The scenarios of one board: the first page (demands only: the catalogue kinds share its plan), the
 * filtered first page, a deep keyset page and rotating details, each with its hand-written SQL.
 */
async function boardScenarios(
  pool: pg.Pool,
  base: string,
  board: Board,
  filtered: Filtered,
  withOrm: boolean,
): Promise<{ scenarios: Scenario[]; facts: Facts }> {
  const columns = await selectList(pool, board);
  const prefix = board === DEMANDS ? '' : `${board.table}: `;
  const detailIds = (
    await pool.query<{ id: string }>(
      `SELECT id FROM ${board.table} WHERE status = 'published' AND visibility = 'public' ORDER BY random() LIMIT $1`,
      [DETAIL_IDS],
    )
  ).rows.map((row) => row.id);
  const cursor = await deepCursor(base, board, DEEP_ROWS);
  const deep: ListFilter = { after: decodeCursor(cursor) };
  const list = (name: string, path: string, filter: ListFilter): Scenario => ({
    name: `${prefix}${name}`,
    paths: [path],
    filter,
    raw: rawList(pool, board, columns, filter),
    orm: withOrm ? ormList(pool, board, columns, filter) : undefined,
  });
  const raw = rawDetail(pool, board, columns);
  const orm = withOrm ? ormDetail(pool, board, columns) : undefined;
  const scenarios: Scenario[] = [
    ...(board === DEMANDS ? [list('first page', `${board.path}?limit=${PAGE}`, {})] : []),
    list(FILTERED_FIRST_PAGE, `${board.path}?${filtered.query}&limit=${PAGE}`, filtered.filter),
    list(
      `deep page (row ${DEEP_ROWS + 1}+)`,
      `${board.path}?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`,
      deep,
    ),
    {
      name: `${prefix}detail (rotating ids)`,
      paths: detailIds.map((id) => `${board.path}/${id}`),
      raw: (i) => raw(detailIds[i % detailIds.length]!),
      orm: orm && ((i) => orm(detailIds[i % detailIds.length]!)),
    },
  ];
  for (const { name, paths, filter } of scenarios) {
    if (filter)
      await assertSamePage(name, base, paths[0]!, board.alias, rawList(pool, board, columns, filter));
  }
  return { scenarios, facts: await boardFacts(pool, board, filtered) };
}

async function main() {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const { generateDemands } = await import('./demand-generator.js');
  const { generateAchievements } = await import('./achievement-generator.js');

  const { config, pool } = await openDatabase(LOAD);
  try {
    const generation: Generation[] = [];
    for (const [table, generate] of [
      ['demands', generateDemands],
      ['achievements', generateAchievements],
    ] as const) {
      const started = performance.now();
      const generated = await generate(pool, POSTINGS, progress);
      generation.push({ table, ...generated, seconds: (performance.now() - started) / 1_000 });
    }

    const app = await createApp(config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const rows: Row[] = [];
    const facts: Facts[] = [];
    try {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const boards = [
        await boardScenarios(
          pool,
          base,
          DEMANDS,
          {
            query: 'category=chokepoint&regionCode=320000',
            filter: {
              where: [
                [`"d"."category" = ?`, 'chokepoint'],
                [`"d"."region_code" LIKE ?`, '32%'],
              ],
            },
            label: 'chokepoint in 江苏 (32)',
          },
          true,
        ),
        await boardScenarios(
          pool,
          base,
          ACHIEVEMENTS,
          {
            query: 'field=IT&maturity=pilot',
            // whereInField and the maturity filter of ACHIEVEMENT_KIND (libs/postings/src/catalogue/listing.ts).
            filter: {
              where: [
                [`EXISTS (SELECT 1 FROM unnest("p"."fields") f WHERE f = ? OR f LIKE ?)`, 'IT', 'IT-%'],
                [`"p"."maturity" = ?`, 'pilot'],
              ],
            },
            label: 'pilot-stage in field IT',
          },
          false,
        ),
      ];
      for (const board of boards) {
        facts.push(board.facts);
        for (const scenario of board.scenarios) {
          const api = await measureApi(LOAD, scenario.name, base, scenario.paths);
          const raw = await measureSql(LOAD, scenario.name, 'hand-written SQL', scenario.raw);
          const orm = scenario.orm && (await measureSql(LOAD, scenario.name, 'TypeORM’s SQL', scenario.orm));
          rows.push({ name: scenario.name, api, raw, orm });
        }
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

interface Facts {
  table: string;
  total: number;
  listed: number;
  filtered: number;
  label: string;
  server: string;
}

interface Generation {
  table: string;
  existing: number;
  added: number;
  seconds: number;
}

async function boardFacts(pool: pg.Pool, board: Board, filtered: Filtered): Promise<Facts> {
  const count = async (filter: ListFilter) => {
    const { where, params } = listWhere(board, filter);
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${board.table} "${board.alias}" WHERE ${where}`,
      params,
    );
    return rows[0]!.n;
  };
  const { rows } = await pool.query<{ total: number; server: string }>(
    `SELECT count(*)::int AS total, current_setting('server_version') AS server FROM ${board.table}`,
  );
  return {
    table: board.table,
    ...rows[0]!,
    listed: await count({}),
    filtered: await count(filtered.filter),
    label: filtered.label,
  };
}

function report(rows: Row[], facts: Facts[], generation: Generation[]) {
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
  console.log(`node      ${process.version}, PostgreSQL ${facts[0]!.server}`);
  for (const board of facts) {
    console.log(
      `catalogue ${count(board.total)} ${board.table}, ${count(board.listed)} listed for anonymous callers, ` +
        `${count(board.filtered)} of them ${board.label}`,
    );
  }
  for (const { table, added, existing, seconds } of generation) {
    console.log(
      added > 0
        ? `generated ${count(added)} ${table} in ${seconds.toFixed(1)} s (insert + ANALYZE)`
        : `generated nothing: ${count(existing)} ${table} were already there`,
    );
  }
  console.log(
    `load      ${LOAD.connections} connections (api) / ${LOAD.connections} async workers on a pg.Pool (SQL), ` +
      `${LOAD.duration} s each after a ${LOAD.warmup} s warm-up`,
  );
  console.log();
  const width = Math.max(...rows.map((row) => row.name.length)) + 2;
  const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1)).padStart(8);
  const header = [
    'scenario'.padEnd(width),
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
        row.name.padEnd(width),
        row.api.rps.toFixed(0).padStart(10),
        ms(row.api.p50),
        ms(row.api.p95),
        row.raw.rps.toFixed(0).padStart(9),
        ms(row.raw.p50),
        ms(row.raw.p95),
        `${(row.api.p95 / row.raw.p95).toFixed(2)}×`.padStart(12),
        ms(row.orm?.p50),
        ms(row.orm?.p95),
      ].join(''),
    );
  }
  console.log(
    '(milliseconds; sql = the hand-written equivalent, orm = the SQL TypeORM used to send, both via pg.Pool)',
  );
  console.log();
  for (const row of rows) {
    const ratio = row.api.p95 / row.raw.p95;
    const verdict = ratio <= TARGET_RATIO ? 'meets' : 'MISSED';
    console.log(
      `p95 api/sql ${row.name.padEnd(width)}${ratio.toFixed(2)}×  (${verdict} target ≤ ${TARGET_RATIO}×)`,
    );
  }
  for (const filtered of rows.filter((row) => row.name.endsWith(FILTERED_FIRST_PAGE))) {
    const verdict = filtered.api.p95 <= TARGET_FILTERED_P95_MS ? 'meets' : 'MISSED';
    console.log(
      `p95 api     ${filtered.name.padEnd(width)}${filtered.api.p95.toFixed(1)} ms  (${verdict} target ≤ ${TARGET_FILTERED_P95_MS} ms)`,
    );
  }
}

await main();
