/**
 * `npm run bench:fanout`: one published demand found by BENCH_SUBSCRIBERS saved searches (10 000), each
 * subscriber told in-app and by one email to an SMTP server in this process, against bare BullMQ
 * measured in the same run.
 *
 * Targets (issue 5): enqueue ≥ 0.7× a raw addBulk of as many jobs; delivery ≥ 0.3× a no-op worker over
 * as many jobs; the whole fan-out, from the publish's commit to the last email, ≤ 10 s. A third
 * baseline, the same emails sent through nodemailer alone, shows how much of the delivery SMTP takes.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import type { MailerService } from '../libs/notifications/src/email/mailer.service.js';
import type { RenderedEmail } from '../libs/notifications/src/email/templates.js';
import { ensureBenchOwner } from './demand-generator.js';
import { positiveInt, progress, useBenchDatabase } from './load.js';

const SUBSCRIBERS = positiveInt('BENCH_SUBSCRIBERS', 10_000);
/** Jobs per addBulk in the baseline: the page size the percolation enqueues by. */
const PAGE = 2_000;
const TIMEOUT_MS = 300_000;
/** The no-op worker's concurrency: what one-job-per-hit delivery ran at, and near its best here. */
const NOOP_CONCURRENCY = 32;

/** An SMTP server that accepts every message: the receiving end costs as little as it can. */
async function startSmtpSink(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Subscribers fanout-<i>@bench.example, each with one saved search that finds the benchmark's demands
 * and hits by instant email (the default is the daily digest, which would send nothing now).
 */
async function ensureSubscribers(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO users (email, name, password_hash)
     SELECT 'fanout-' || i || '@bench.example', '订阅者' || i, '!' FROM generate_series(1, $1) i
     ON CONFLICT (email) DO NOTHING`,
    [SUBSCRIBERS],
  );
  await pool.query(
    `INSERT INTO subscriptions (user_id, name, query, kind, filters)
     SELECT u.id, '江苏储能安全', '热失控 预警', 'demand', '{"regionCode": "320000"}'
       FROM users u
      WHERE u.email LIKE 'fanout-%@bench.example'
        AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.user_id = u.id)`,
  );
  await pool.query(
    `INSERT INTO notification_preferences (user_id, kind, channel, mode)
     SELECT u.id, 'subscription-hit', 'email', 'instant' FROM users u WHERE u.email LIKE 'fanout-%@bench.example'
     ON CONFLICT (user_id, kind, channel) DO UPDATE SET mode = 'instant'`,
  );
}

/** Matches the email dedupe keys of one posting's hits (`subscription:<search>:<posting>:<user>`). */
const HIT_EMAIL_KEY = `dedupe_key LIKE '%:' || replace($1::text, '-', '') || ':%'`;

/** A published demand that every subscription finds; with `announce`, its publish event too (one commit). */
async function publishDemand(
  pool: pg.Pool,
  owner: { organizationId: string; userId: string },
  announce: boolean,
): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO demands (organization_id, created_by, title, description, category, fields, keywords,
                            region_code, budget_min_yuan, budget_max_yuan, trl_required, visibility, status,
                            published_at)
       VALUES ($1, $2, '储能电站电池热失控早期预警', '需要在热失控前 10 分钟预警，可接入现有电池管理系统。',
               'common', '{EV-BATTERY}', '{热失控,预警}', '320115', 500000, 1200000, 6, 'public', 'published',
               now()) RETURNING id`,
      [owner.organizationId, owner.userId],
    );
    const id = rows[0]!.id;
    if (announce) {
      await client.query(`INSERT INTO outbox_events (type, payload) VALUES ('demand.published', $1)`, [
        { demandId: id },
      ]);
      await client.query(`SELECT pg_notify('outbox', '')`);
    }
    await client.query('COMMIT');
    return id;
  } finally {
    client.release();
  }
}

async function poll(what: string, check: () => Promise<number>, count: number): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    const done = await check();
    if (done >= count) return;
    if (performance.now() > deadline) throw new Error(`only ${done} of ${count} ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once `queue` counts `count` completed jobs; rejects on a failed job or the timeout. */
function completed(queue: Queue, count: number): Promise<void> {
  return poll(
    `${queue.name} jobs completed`,
    async () => {
      const counts = await queue.getJobCounts('completed', 'failed');
      if ((counts.failed ?? 0) > 0) throw new Error(`${counts.failed} ${queue.name} jobs failed`);
      return counts.completed ?? 0;
    },
    count,
  );
}

/**
 * Counts the messages the worker's mailer has handed to the SMTP server (accepted with a 250), in this
 * process: waiting on it costs the database nothing, where a count over email_deliveries every few
 * milliseconds would load the server being measured.
 */
function countSends(mailer: Pick<MailerService, 'send'>): () => number {
  let sent = 0;
  const send = mailer.send.bind(mailer);
  mailer.send = async (...args: Parameters<MailerService['send']>) => {
    const messageId = await send(...args);
    sent += 1;
    return messageId;
  };
  return () => sent;
}

/** In flight at once in the bare SMTP baseline: the dispatcher's pages of 200 hits, four pages at a time. */
const BARE_SMTP_IN_FLIGHT = 800;

/**
 * The SMTP floor: every subscriber's hit email rendered (template and unsubscribe link, as the
 * dispatcher does) and sent through a transport of its own with the worker's settings, to the same
 * server, with no queue, claim or database in the way.
 */
async function sendBare(
  mailer: Pick<MailerService, 'send'>,
  render: (userId: string) => RenderedEmail,
  userIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < userIds.length; start += BARE_SMTP_IN_FLIGHT)
    await Promise.all(
      userIds
        .slice(start, start + BARE_SMTP_IN_FLIGHT)
        .map((userId, i) =>
          mailer.send(`bare-${start + i}@bench.example`, render(userId), `<bare.${start + i}@bench>`),
        ),
    );
}

/** Resolves once `count` more messages than `before` are sent: the fan-out ends with its last email. */
function sent(sends: () => number, before: number, count: number): Promise<void> {
  return poll('hit emails sent', async () => sends() - before, count);
}

/** How many in-app rows and sent emails the fan-out about `postingId` has recorded in PostgreSQL. */
async function recorded(pool: pg.Pool, postingId: string): Promise<{ inApp: number; emailed: number }> {
  const { rows } = await pool.query<{ inApp: number; emailed: number }>(
    `SELECT (SELECT count(*)::int FROM notifications WHERE kind = 'subscription-hit' AND subject_id = $1) AS "inApp",
            (SELECT count(*)::int FROM email_deliveries
              WHERE template = 'subscription-hit' AND status = 'sent' AND ${HIT_EMAIL_KEY}) AS emailed`,
    [postingId],
  );
  return rows[0]!;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main() {
  useBenchDatabase('duijie_bench_fanout', 'duijie-bench-fanout');
  const smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
  process.env.WORKER_HEALTH_PORT = '0';
  const { loadAppConfig } = await import('#contexts');
  const { MailerService } = await import('../libs/notifications/src/email/mailer.service.js');
  const { subscriptionHitEmail, withUnsubscribe } =
    await import('../libs/notifications/src/email/templates.js');
  const { UnsubscribeLinks } = await import('../libs/notifications/src/preferences/unsubscribe-links.js');
  const { createRedis, JobName, QueueName } = await import('#queue');
  const { prepareDatabase } = await import('../apps/api/src/cli/prepare-database.js');
  const { WorkerModule } = await import('../apps/worker/src/worker.module.js');
  const { SubscriptionsProcessor } =
    await import('../libs/notifications/src/jobs/subscriptions.processor.js');

  const config = loadAppConfig();
  await prepareDatabase(config, { seed: false }, progress);
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: 2,
    application_name: 'duijie-bench',
  });
  const owner = await ensureBenchOwner(pool, {
    email: 'fanout-bench-enterprise@example.com',
    userName: '压测需求方',
    organization: '对接压测储能科技有限公司',
    type: 'enterprise',
    regionCode: '320115',
    description: '压测用需求方，发布被订阅命中的需求。',
    creditCodeStem: '91320115MB4BENCH0',
  });
  progress(`ensuring ${SUBSCRIBERS} subscribers with one saved search each`);
  await ensureSubscribers(pool);

  const connection = createRedis(config.REDIS_URL);
  const prefix = `{${config.REDIS_PREFIX}}`;
  const raw = new Queue('bench-raw', { connection, prefix });
  // Emptied and paused before the worker starts: no job of an earlier run, and no page of hits starts
  // before the delivery is timed.
  const subscriptionsQueue = new Queue(QueueName.Subscriptions, { connection, prefix });
  const parents = new Queue('bench-percolations', { connection, prefix });
  for (const queue of [raw, subscriptionsQueue, parents]) {
    await queue.obliterate({ force: true });
    // After the obliterate, which deletes the queue's keys and with them the paused flag.
    await queue.pause();
  }
  await raw.resume();
  progress('starting the worker');
  const context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  const processor = context.get(SubscriptionsProcessor);
  const sends = countSends(context.get(MailerService));
  try {
    progress(`fan-out to ${SUBSCRIBERS}: enqueue, raw addBulk, no-op worker, delivery, whole`);
    // Enqueue: the real match-subscriptions handler's percolation and addBulk of pages, workers paused.
    // Its pages are children of a percolation job, as in production; that job waits in a queue of its
    // own that nothing works, so it does not run again when its pages are done.
    const staged = await publishDemand(pool, owner, false);
    const parent = await parents.add(JobName.MatchSubscriptions, { demandId: staged });
    let hits = 0;
    const enqueueMs = await timed(async () => {
      hits =
        (await processor.fanOut.percolate(
          { kind: 'demand', id: staged },
          { id: parent.id!, queue: parent.queueQualifiedName },
        )) ?? 0;
    });
    if (hits !== SUBSCRIBERS) throw new Error(`percolation found ${hits} of ${SUBSCRIBERS} subscriptions`);
    // Every subscription matched. The baseline is BullMQ's own cost of this fan-out done plainly: one
    // job per subscriber (ids only), which the handler's pages of hits replace.
    const subscriptions = await pool.query<{ id: string; userId: string }>(
      `SELECT s.id, s.user_id AS "userId" FROM subscriptions s JOIN users u ON u.id = s.user_id
        WHERE u.email LIKE 'fanout-%@bench.example'`,
    );
    const jobs = subscriptions.rows.map(({ id }) => ({
      name: 'notify-subscription-hit',
      data: { subscriptionId: id, kind: 'demand', postingId: staged },
      opts: { jobId: `hit.${id}.${staged}` },
    }));
    const rawEnqueueMs = await timed(async () => {
      for (let start = 0; start < jobs.length; start += PAGE)
        await raw.addBulk(jobs.slice(start, start + PAGE));
    });

    // Delivery: the handler's pages of hits (in-app rows, claimed emails, SMTP) vs a no-op worker over
    // one job per subscriber.
    const noop = new Worker('bench-raw', async () => undefined, {
      connection,
      prefix,
      concurrency: NOOP_CONCURRENCY,
      autorun: false,
    });
    const noopMs = await timed(async () => {
      void noop.run();
      await completed(raw, jobs.length);
    });
    await noop.close();

    const bareMailer = new MailerService(config);
    const links = context.get(UnsubscribeLinks);
    const hitEmail = subscriptionHitEmail({
      subscriptionName: '江苏储能安全',
      postingKind: 'demand',
      postingTitle: '储能电站电池热失控早期预警',
      excerpt: '需要在热失控前 10 分钟预警，可接入现有电池管理系统。',
      link: `${config.PUBLIC_URL}/demands/${staged}`,
    });
    const bareSmtpMs = await timed(() =>
      sendBare(
        bareMailer,
        (userId) => withUnsubscribe(hitEmail, links.for(userId, 'subscription-hit')),
        subscriptions.rows.map((s) => s.userId),
      ),
    );
    bareMailer.onApplicationShutdown();
    const deliveryMs = await timed(async () => {
      const before = sends();
      if (before !== 0) throw new Error(`${before} emails went out before the delivery was timed`);
      await subscriptionsQueue.resume();
      await sent(sends, before, SUBSCRIBERS);
    });

    // Whole fan-out: commit of a publish with its outbox event → relay → percolation → every delivery.
    let announced = '';
    const wholeMs = await timed(async () => {
      const before = sends();
      announced = await publishDemand(pool, owner, true);
      await sent(sends, before, SUBSCRIBERS);
    });
    // Each subscriber told once in-app and once by email, as PostgreSQL records it (the last rows are
    // marked sent moments after their messages arrive).
    for (const postingId of [staged, announced])
      await poll(
        'fan-out recorded',
        async () => {
          const told = await recorded(pool, postingId);
          if (told.inApp > SUBSCRIBERS || told.emailed > SUBSCRIBERS)
            throw new Error(`told ${told.inApp} in-app and ${told.emailed} by email of ${SUBSCRIBERS}`);
          return Math.min(told.inApp, told.emailed);
        },
        SUBSCRIBERS,
      );
    const rate = (ms: number) => Math.round((SUBSCRIBERS / ms) * 1_000).toLocaleString('en-US');
    const enqueueRatio = rawEnqueueMs / enqueueMs;
    const deliveryRatio = noopMs / deliveryMs;
    const smtpCeiling = noopMs / bareSmtpMs;
    console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
    console.log(
      `subscribers: ${SUBSCRIBERS}, hit-page concurrency ${processor.worker.concurrency}, ` +
        `no-op concurrency ${NOOP_CONCURRENCY}, ` +
        `SMTP pool ${config.SMTP_MAX_CONNECTIONS}`,
    );
    console.log('| measurement | ms | jobs/s |');
    console.log('|---|---:|---:|');
    console.log(
      `| enqueue: match-subscriptions (sync, percolate, addBulk of hit pages) | ${enqueueMs.toFixed(0)} | ${rate(enqueueMs)} |`,
    );
    console.log(
      `| raw BullMQ addBulk, one job per subscriber | ${rawEnqueueMs.toFixed(0)} | ${rate(rawEnqueueMs)} |`,
    );
    console.log(`| delivery: in-app + email per hit | ${deliveryMs.toFixed(0)} | ${rate(deliveryMs)} |`);
    console.log(`| no-op BullMQ worker, one job per subscriber | ${noopMs.toFixed(0)} | ${rate(noopMs)} |`);
    console.log(
      `| bare SMTP: the same emails through nodemailer alone, same server | ${bareSmtpMs.toFixed(0)} | ${rate(bareSmtpMs)} |`,
    );
    console.log(`| whole fan-out (publish commit → last email) | ${wholeMs.toFixed(0)} | ${rate(wholeMs)} |`);
    console.log(
      `enqueue ${enqueueRatio.toFixed(2)}× raw (target ≥ 0.7: ${enqueueRatio >= 0.7 ? 'met' : 'MISSED'}); ` +
        `delivery ${deliveryRatio.toFixed(2)}× no-op (target ≥ 0.3: ${deliveryRatio >= 0.3 ? 'met' : 'MISSED'}); ` +
        `whole ${(wholeMs / 1_000).toFixed(1)} s (target ≤ 10 s: ${wholeMs <= 10_000 ? 'met' : 'MISSED'})`,
    );
    console.log(
      `bare SMTP alone is ${smtpCeiling.toFixed(2)}× the no-op worker, the most delivery could reach here; ` +
        `delivery takes ${(deliveryMs / bareSmtpMs).toFixed(2)}× the bare SMTP time`,
    );
  } finally {
    await raw.obliterate({ force: true }).catch(() => undefined);
    await raw.close();
    await subscriptionsQueue.close();
    await parents.close();
    await context.close();
    connection.disconnect();
    await pool.end();
    await smtp.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
