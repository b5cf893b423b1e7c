import { expect } from '@jest/globals';
import { Queue } from 'bullmq';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRedis, QueueName } from '#queue';
import type { TestApp } from './app-harness.js';
import { CATALOGUE_KINDS, createPosting, publishPosting } from './catalogue.js';
import { createDemand, createOrganization, grantPlatformRole, publishDemand, signUp } from './http.js';

/** The compiled worker: `npm test` runs `build:server` before Jest, so a child process can run it. */
const WORKER_MAIN = resolve('dist/apps/worker/src/main.js');

/** A word that appears only in the confidential demand's title and description, never in a teaser. */
export const CONFIDENTIAL_MARKER = 'MIMI-7f3c-绝密工艺';

/** What a FLUSHALL does to `app`: every queue, job and schedule under its prefix gone. */
export async function forgetEverythingInRedis(app: TestApp): Promise<void> {
  const redis = createRedis(app.config.REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${app.config.REDIS_PREFIX}}*`, 'COUNT', 1_000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once('exit', () => done()));

/**
 * The real worker as a separate process (built JS, the test file's database, Redis prefix and SMTP
 * server), so a test can kill it with SIGKILL as an OOM killer or a lost machine would.
 */
export class WorkerProcess {
  private child?: ChildProcess;
  private stderr = '';
  /** Recovery is squeezed from minutes to seconds so the tests stay short. */
  constructor(private readonly env: Record<string, string>) {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run \`npm run build:server\``);
  }

  start(): void {
    this.child = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        WORKER_HEALTH_PORT: '0',
        RECOVERY_GRACE_SECONDS: '2',
        RECONCILE_INTERVAL_SECONDS: '2',
        WATCHDOG_INTERVAL_SECONDS: '2',
        ...this.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr!.on(
      'data',
      (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4_000)),
    );
  }

  async kill9(): Promise<void> {
    const child = this.child!;
    child.kill('SIGKILL');
    await exited(child);
  }

  /** What the process wrote to stderr lately, for a failing assertion's message. */
  get log(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  }
}

/**
 * A Redis server of the test's own (never the shared one on 6379, which other test files use at the
 * same time), without persistence unless asked, so it can be restarted and flushed at will.
 */
export class PrivateRedis {
  private server?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'duijie-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.boot();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** A clean restart: the data is saved on shutdown and loaded again, as a managed Redis would. */
  async restart(): Promise<void> {
    await this.shutdown('SAVE');
    await this.boot();
  }

  /** Redis comes back empty: everything queued is lost. */
  async flushAndRestart(): Promise<void> {
    const client = createRedis(this.url);
    await client.flushall();
    client.disconnect();
    await this.shutdown('NOSAVE');
    await this.boot();
  }

  async stop(): Promise<void> {
    await this.shutdown('NOSAVE');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async boot(): Promise<void> {
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.dir,
      ],
      { stdio: 'ignore' },
    );
    this.server = server;
    const client = createRedis(this.url, { retryStrategy: () => 50 });
    await client.ping();
    client.disconnect();
  }

  private async shutdown(mode: 'SAVE' | 'NOSAVE'): Promise<void> {
    const server = this.server;
    if (!server) return;
    const client = createRedis(this.url, { retryStrategy: () => null });
    await client.call('SHUTDOWN', mode).catch(() => undefined);
    client.disconnect();
    await exited(server);
  }
}

export interface NotificationLoad {
  /** The users every match notifies: the demand side's owner and the achievement side's owner. */
  userIds: [string, string];
  /** Outbox rows written for the run (each starts one or two jobs). */
  events: number;
}

/**
 * A demand and an achievement published through the api, cloned in SQL into `demands × achievements`
 * postings, every pair stored as a notified match with its `match.found` outbox row, and `rescores`
 * update events per posting: the jobs are the real ones (relay, match-posting, search sync,
 * notify-match), only the fixtures are made fast. One demand is confidential, its title and text carry
 * CONFIDENTIAL_MARKER.
 */
export async function seedNotificationLoad(
  app: TestApp,
  size: { demands: number; achievements: number; rescores: number },
): Promise<NotificationLoad> {
  const moderator = await signUp(app);
  await grantPlatformRole(app, moderator, 'moderator');
  const enterprise = await signUp(app);
  const enterpriseOrg = await createOrganization(app, enterprise, { type: 'enterprise' });
  const university = await signUp(app);
  const universityOrg = await createOrganization(app, university, {
    type: CATALOGUE_KINDS.achievement.ownerType,
  });
  const demandId = await createDemand(app, enterprise, enterpriseOrg);
  await publishDemand(app, enterprise, moderator, demandId);
  const secretId = await createDemand(app, enterprise, enterpriseOrg, {
    title: `动力电池${CONFIDENTIAL_MARKER}`,
    description: `正极包覆${CONFIDENTIAL_MARKER}的量产工艺，需要保密合作。`,
    visibility: 'confidential',
    teaser: '某动力电池企业寻求正极材料改性方案',
    ndaText: '未经书面许可不得向第三方披露本需求的任何内容。',
  });
  await publishDemand(app, enterprise, moderator, secretId);
  const achievementId = await createPosting(app, 'achievement', university, universityOrg);
  await publishPosting(app, 'achievement', university, moderator, achievementId);
  await clone(app, 'demands', demandId, size.demands - 2);
  await clone(app, 'achievements', achievementId, size.achievements - 1);
  await app.dataSource.query(
    `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                          candidate_organization_id, score, features, reasons, notified_score, notified_at)
     SELECT 'demand', d.id, d.organization_id, 'achievement', a.id, a.organization_id, 0.95, '{}',
            '{"zh-CN": ["同属锂离子电池领域"], "en": ["Both in lithium-ion batteries"]}', 0.95, now()
       FROM demands d CROSS JOIN achievements a
     ON CONFLICT DO NOTHING`,
  );
  await app.dataSource.query(
    `INSERT INTO outbox_events (type, payload)
     SELECT 'match.found', jsonb_build_object('matchId', id) FROM matches ORDER BY random()`,
  );
  for (let round = 0; round < size.rescores; round += 1) {
    await app.dataSource.query(
      `INSERT INTO outbox_events (type, payload)
       SELECT 'demand.updated', jsonb_build_object('demandId', id) FROM demands
       UNION ALL
       SELECT 'posting.updated', jsonb_build_object('kind', 'achievement', 'postingId', id) FROM achievements`,
    );
  }
  const [{ events }] = await app.dataSource.query<{ events: number }[]>(
    `SELECT count(*)::int AS events FROM outbox_events`,
  );
  return { userIds: [enterprise.id, university.id], events };
}

/** Copies a posting row `count` times under new ids. */
async function clone(app: TestApp, table: string, id: string, count: number): Promise<void> {
  const columns = (
    await app.dataSource.query<{ name: string }[]>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id'
          AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    )
  )
    .map((c) => `"${c.name}"`)
    .join(', ');
  await app.dataSource.query(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table}, generate_series(1, $2) WHERE id = $1`,
    [id, count],
  );
}

/** Resolves when every outbox row is dispatched, every job it started finished, and no email is mid-send. */
export async function waitUntilSettled(
  app: TestApp,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [state] = await app.dataSource.query<{ unfinished: number; sending: number }[]>(
      `SELECT (SELECT count(*)::int FROM outbox_events WHERE dispatched_at IS NULL OR pending_jobs <> '{}') AS unfinished,
              (SELECT count(*)::int FROM email_deliveries WHERE status = 'sending') AS sending`,
    );
    if (state!.unfinished === 0 && state!.sending === 0) return;
    if (Date.now() > deadline) {
      const stuck = await app.dataSource.query<unknown[]>(
        `SELECT dedupe_key, attempts, claimed_at, last_error, created_at, updated_at
           FROM email_deliveries WHERE status = 'sending' LIMIT 5`,
      );
      const unfinished = await app.dataSource.query<unknown[]>(
        `SELECT type, pending_jobs, dispatched_at IS NULL AS undispatched, count(*)::int AS n FROM outbox_events
          WHERE dispatched_at IS NULL OR pending_jobs <> '{}' GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT 10`,
      );
      throw new Error(
        `Not settled: ${JSON.stringify(state)}\n${JSON.stringify(unfinished)}\n${JSON.stringify(stuck)}\n${describe()}`,
      );
    }
    await new Promise((done) => setTimeout(done, 500));
  }
}

/**
 * Every notified match told each of its users exactly once per channel: an in-app row per (match
 * version, user) and an email delivery per (match version, user) that is `sent` — or, at most
 * `maxUnknown` times, `unknown` (an attempt killed mid-conversation, which is never resent) — and the
 * SMTP server received no message twice. Nothing is left failed in the queues.
 */
export async function expectNotifiedExactlyOnce(
  app: TestApp,
  load: NotificationLoad,
  redis: { url: string; prefix: string },
  maxUnknown: number,
): Promise<void> {
  const matches = await app.dataSource.query<{ id: string; notified_at: Date }[]>(
    `SELECT id, notified_at FROM matches WHERE notified_at IS NOT NULL`,
  );
  const expected = matches.flatMap((match) =>
    load.userIds.map((userId) => ({
      eventKey: `match-found:${match.id}:${match.notified_at.getTime()}`,
      userId,
    })),
  );
  const inApp = await app.dataSource.query<{ key: string; n: number }[]>(
    `SELECT event_key || ':' || user_id AS key, count(*)::int AS n FROM notifications GROUP BY 1`,
  );
  const inAppCount = new Map(inApp.map((row) => [row.key, row.n]));
  const deliveries = await app.dataSource.query<
    { dedupe_key: string; status: string; message_id: string | null }[]
  >(`SELECT dedupe_key, status, message_id FROM email_deliveries WHERE template = 'match-found'`);
  const deliveryOf = new Map(deliveries.map((row) => [row.dedupe_key, row]));
  const missingInApp = expected.filter((e) => inAppCount.get(`${e.eventKey}:${e.userId}`) !== 1);
  const undelivered = expected.filter((e) => {
    const status = deliveryOf.get(`${e.eventKey}:${e.userId}`)?.status;
    return status !== 'sent' && status !== 'unknown';
  });
  expect({
    expected: expected.length,
    missingInApp: missingInApp.slice(0, 5),
    undelivered: undelivered.slice(0, 5),
  }).toEqual({
    expected: matches.length * 2,
    missingInApp: [],
    undelivered: [],
  });
  const received = new Map<string, number>();
  for (const mail of app.mailbox.messages)
    received.set(mail.messageId, (received.get(mail.messageId) ?? 0) + 1);
  const twice = [...received].filter(([, n]) => n > 1).map(([messageId]) => messageId);
  expect(twice).toEqual([]);
  const sentButMissing = deliveries.filter((d) => d.status === 'sent' && !received.has(d.message_id ?? ''));
  expect(sentButMissing).toEqual([]);
  expect(deliveries.filter((d) => d.status === 'unknown').length).toBeLessThanOrEqual(maxUnknown);
  const client = createRedis(redis.url);
  try {
    for (const name of [QueueName.Matching, QueueName.Notifications]) {
      const queue = new Queue(name, { connection: client, prefix: `{${redis.prefix}}` });
      expect({ queue: name, failed: await queue.getFailedCount() }).toEqual({ queue: name, failed: 0 });
      await queue.close();
    }
  } finally {
    client.disconnect();
  }
}

/** Every value under the prefix in Redis (job data, results, events) is free of `marker`. */
export async function expectNoTextInRedis(redisUrl: string, prefix: string, marker: string): Promise<number> {
  const client = createRedis(redisUrl);
  let scanned = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await client.type(key);
        const values =
          type === 'hash'
            ? Object.values(await client.hgetall(key))
            : type === 'string'
              ? [(await client.get(key)) ?? '']
              : type === 'stream'
                ? (await client.xrange(key, '-', '+')).flatMap(([, fields]) => fields)
                : [];
        scanned += 1;
        expect({ key, leaked: values.some((value) => value.includes(marker)) }).toEqual({
          key,
          leaked: false,
        });
      }
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return scanned;
}
