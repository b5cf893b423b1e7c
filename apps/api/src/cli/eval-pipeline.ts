import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { MailDev } from 'maildev';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadAppConfig } from '#contexts';
import { creditCodeCheckChar, type AppConfig } from '#core';
import { CONSENT_VERSION } from '#identity';
import {
  achievementBody,
  demandBody,
  DEV_TYPES,
  devRegionCode,
  expertBody,
  investorBody,
  type DevSet,
  type DevType,
  type Run,
} from '#matching-eval';
import { QueueName } from '#queue';
import { Queue } from 'bullmq';
import { prepareDatabase } from './prepare-database.js';

/**
 * The labelled set through the product, as `npm run eval:matching` runs it: a database of its own,
 * created and migrated; the real api and worker as child processes (BullMQ on Redis under a prefix of
 * its own); organizations and postings created through the HTTP API by their users, submitted,
 * published by a moderator; the worker matches; the demands' owners read their matches, page by page,
 * from GET /api/v1/demands/{id}/matches. Everything is removed afterwards.
 *
 * Reproducible: the candidates are published first and the demands only once the worker is idle, so
 * each demand meets the same indexed catalogue whatever the timing, and is ranked by its own job.
 */

const entry = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const PASSWORD = 'Eval-Matching-2026';
/** How long the run may wait for the worker to go idle before it gives up. */
const IDLE_TIMEOUT_MS = 10 * 60_000;
const PAGE = 100;
/** How long the api and the worker may take to start: minutes, not seconds, on a shared 2-core host. */
const START_TIMEOUT_MS = 3 * 60_000;

export interface PipelineResult {
  run: Run;
  /** Seconds from each demand's publish until its first match could be read (the owner polling). */
  firstMatchSeconds: number[];
  /** Matches stored per demand and kind, as the owner can page through them. */
  listed: Record<DevType, number[]>;
  seconds: { load: number; match: number; total: number };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A minimal HTTP client for the api: JSON in and out, a non-2xx answer is an error with its body. */
class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly pool: pg.Pool,
  ) {}

  async call<T>(
    method: string,
    path: string,
    options: { token?: string; organizationId?: string; body?: unknown } = {},
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.organizationId ? { 'x-organization-id': options.organizationId } : {}),
        'accept-language': 'zh-CN',
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async user(email: string, name: string): Promise<string> {
    await this.call('POST', '/api/v1/auth/register', {
      body: { email, password: PASSWORD, name, consentVersion: CONSENT_VERSION },
    });
    // The address is confirmed in the run's own database, as the tests' signUp does: following each
    // emailed link would measure the mail catcher, not matching.
    await this.pool.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [
      email.toLowerCase(),
    ]);
    return this.login(email);
  }

  async login(email: string): Promise<string> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/api/v1/auth/login', {
      body: { email, password: PASSWORD },
    });
    return accessToken;
  }
}

/** A valid 统一社会信用代码 per organization, distinct by serial (GB 32100 check character). */
function creditCode(typeDigits: string, serial: number): string {
  const first17 = `${typeDigits}110000${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The api and the worker of the product, started as `npm start` starts them, on this run's config. */
async function startProduct(env: NodeJS.ProcessEnv, baseUrl: string): Promise<ChildProcess[]> {
  const children = [entry('../main.js'), entry('../../../worker/src/main.js')].map((script) =>
    spawn(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'], env }),
  );
  for (let waited = 0; ; waited += 250) {
    const exited = children.find((child) => child.exitCode !== null);
    if (exited) throw new Error(`the product exited on start (code ${exited.exitCode})`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return children;
    } catch {
      // not listening yet
    }
    if (waited > START_TIMEOUT_MS) throw new Error('the api did not become ready in time');
    await sleep(250);
  }
}

async function stopProduct(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * Until the worker has nothing left to match or index: every outbox event relayed, and the matching
 * and search queues empty (nothing waiting, delayed or running) on two polls in a row. The queues are
 * asked rather than the outbox's pending jobs, which may stay pending until the reconciler's grace
 * period when a job completes before the relay's own transaction commits.
 */
async function waitIdle(pool: pg.Pool, queues: readonly Queue[]): Promise<void> {
  const started = Date.now();
  let quiet = 0;
  while (quiet < 2) {
    const { rows } = await pool.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM outbox_events WHERE dispatched_at IS NULL`,
    );
    let busy = rows[0]!.busy;
    for (const queue of queues) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      busy += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    quiet = busy === 0 ? quiet + 1 : 0;
    if (Date.now() - started > IDLE_TIMEOUT_MS) throw new Error(`worker still busy: ${busy} jobs`);
    await sleep(300);
  }
}

interface DemandMatch {
  candidateType: string;
  candidateId: string;
}

/** Every match of a demand as its owner reads them: page after page of the ranked list. */
async function readMatches(api: ApiClient, token: string, demandId: string): Promise<DemandMatch[]> {
  const all: DemandMatch[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: { items: DemandMatch[]; nextCursor: string | null } = await api.call(
      'GET',
      `/api/v1/demands/${demandId}/matches?${query}`,
      { token },
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Seconds from a demand's publish until its owner, polling its list, sees a first match. */
async function firstMatch(api: ApiClient, token: string, id: string, publishedAt: number): Promise<number> {
  for (;;) {
    const page = await api.call<{ items: unknown[] }>('GET', `/api/v1/demands/${id}/matches?limit=1`, {
      token,
    });
    if (page.items.length > 0) return (performance.now() - publishedAt) / 1_000;
    if (performance.now() - publishedAt > IDLE_TIMEOUT_MS) return Number.POSITIVE_INFINITY;
    await sleep(100);
  }
}

const DEV_TYPE_OF: Record<string, DevType> = {
  expert: 'expert',
  achievement: 'achievement',
  'financing-offer': 'investor',
};

/** Runs the set through the product and returns the run read from the matches API. */
export async function runPipeline(set: DevSet, log: (line: string) => void): Promise<PipelineResult> {
  const started = performance.now();
  const tag = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/duijie');
  base.pathname = `/duijie_eval_matching_${tag}`;
  const [port, healthPort, smtpPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: base.toString(),
    REDIS_PREFIX: `duijie-eval-${tag}`,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    WORKER_HEALTH_PORT: String(healthPort),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    ADMIN_EMAIL: 'moderator@eval.duijie.test',
    ADMIN_PASSWORD: PASSWORD,
  };
  const config: AppConfig = loadAppConfig(env);
  // Notification emails go to a mail catcher of this run, not to anyone.
  const maildev = new MailDev({ smtp: smtpPort, ip: '127.0.0.1', disableWeb: true, silent: true });
  await maildev.start();
  await prepareDatabase(config, { seed: false }, () => undefined);
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });
  const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const queues = [QueueName.Search, QueueName.Matching].map(
    (name) => new Queue(name, { connection, prefix: `{${config.REDIS_PREFIX}}` }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  let children: ChildProcess[] = [];
  try {
    children = await startProduct(env, baseUrl);
    const api = new ApiClient(baseUrl, pool);
    const moderator = await api.login(env.ADMIN_EMAIL!);
    const result = await load(api, moderator, set, () => waitIdle(pool, queues), log);
    return { ...result, seconds: { ...result.seconds, total: (performance.now() - started) / 1_000 } };
  } finally {
    await stopProduct(children);
    await Promise.all(queues.map((queue) => queue.close()));
    await connection.quit();
    await pool.end();
    await maildev.stop();
    await dropRun(config);
  }
}

/** Drops the run's database and its Redis keys. */
async function dropRun(config: AppConfig): Promise<void> {
  const admin = new URL(config.DATABASE_URL);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await client.end();
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `{${config.REDIS_PREFIX}}*`, 'COUNT', 1_000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

async function load(
  api: ApiClient,
  moderator: string,
  set: DevSet,
  idle: () => Promise<void>,
  log: (line: string) => void,
): Promise<Omit<PipelineResult, 'seconds'> & { seconds: { load: number; match: number } }> {
  const loadStarted = performance.now();
  // One staff user per kind of supplier keeps the organizations it enters (a society's secretariat, a
  // technology-transfer office, an investor association): registrations are throttled per address.
  const owners = {
    society: await api.user('societies@eval.duijie.test', '学会秘书处'),
    university: await api.user('universities@eval.duijie.test', '技术转移中心'),
    investor: await api.user('investors@eval.duijie.test', '投资机构联络人'),
  };
  let serial = 0;
  const organizations = new Map<string, string>();
  const organization = async (token: string, type: string, name: string, region: string) => {
    const key = `${type}:${name}`;
    const known = organizations.get(key);
    if (known) return known;
    serial += 1;
    const { id } = await api.call<{ id: string }>('POST', '/api/v1/organizations', {
      token,
      body: {
        name,
        type,
        creditCode: creditCode(type === 'enterprise' ? '91' : '12', serial),
        regionCode: devRegionCode(region) ?? '110000',
      },
    });
    organizations.set(key, id);
    return id;
  };
  const devIdOf = new Map<string, string>();
  const publish = async (path: string, body: Record<string, unknown>, token: string, org: string) => {
    const { id } = await api.call<{ id: string }>('POST', `/api/v1/${path}`, {
      token,
      organizationId: org,
      body,
    });
    await api.call('POST', `/api/v1/${path}/${id}/submit`, { token });
    await api.call('POST', `/api/v1/${path}/${id}/publish`, { token: moderator });
    return id;
  };

  for (const expert of set.experts) {
    const org = await organization(owners.society, 'society', expert.society, expert.region);
    devIdOf.set(await publish('experts', expertBody(expert), owners.society, org), expert.id);
  }
  for (const [i, achievement] of set.achievements.entries()) {
    const org = await organization(owners.university, 'university', achievement.ownerOrg, achievement.region);
    devIdOf.set(
      await publish('achievements', achievementBody(achievement, i + 1), owners.university, org),
      achievement.id,
    );
  }
  for (const investor of set.investors) {
    const org = await organization(
      owners.investor,
      'investor',
      investor.investor,
      investor.regions[0] ?? '全国',
    );
    devIdOf.set(await publish('financing-offers', investorBody(investor), owners.investor, org), investor.id);
  }
  log(`published ${devIdOf.size} candidates; waiting for the worker to index and match them`);
  await idle();
  const loadSeconds = (performance.now() - loadStarted) / 1_000;

  const matchStarted = performance.now();
  const demands: { devId: string; id: string; token: string }[] = [];
  const firstMatches: Promise<number>[] = [];
  for (const [i, demand] of set.demands.entries()) {
    const token = await api.user(`enterprise${i + 1}@eval.duijie.test`, `需求方${i + 1}`);
    const org = await organization(token, 'enterprise', `${demand.id} 需求企业`, demand.region);
    const id = await publish('demands', demandBody(demand), token, org);
    demands.push({ devId: demand.id, id, token });
    firstMatches.push(firstMatch(api, token, id, performance.now()));
  }
  const firstMatchSeconds = await Promise.all(firstMatches);
  await idle();
  log(`published ${demands.length} demands; reading their matches`);

  const run: Run = {};
  const listed: Record<DevType, number[]> = { expert: [], achievement: [], investor: [] };
  for (const { devId, id, token } of demands) {
    const lists: Record<DevType, string[]> = { expert: [], achievement: [], investor: [] };
    for (const match of await readMatches(api, token, id)) {
      const type = DEV_TYPE_OF[match.candidateType];
      const candidate = devIdOf.get(match.candidateId);
      if (type && candidate) lists[type].push(candidate);
    }
    for (const type of DEV_TYPES) listed[type].push(lists[type].length);
    run[devId] = lists;
  }
  return {
    run,
    firstMatchSeconds,
    listed,
    seconds: { load: loadSeconds, match: (performance.now() - matchStarted) / 1_000 },
  };
}
