import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  CONFIDENTIAL_MARKER,
  expectNoTextInRedis,
  expectNotifiedExactlyOnce,
  PrivateRedis,
  seedNotificationLoad,
  waitUntilSettled,
  WorkerProcess,
  type NotificationLoad,
} from '../support/reliability.js';

/**
 * The worker's Redis is restarted mid-run, once cleanly (its data saved and loaded again) and once after
 * a FLUSHALL (everything queued lost). The worker reconnects by itself, the reconciler re-enqueues what
 * was lost, and every notification is delivered exactly once. Redis holds ids only throughout.
 */
let app: TestApp;
let redis: PrivateRedis;
let worker: WorkerProcess;
let load: NotificationLoad;

async function notified(): Promise<number> {
  const [{ n }] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notifications`);
  return n;
}

async function untilNotified(atLeast: number): Promise<void> {
  while ((await notified()) < atLeast) await new Promise((resolve) => setTimeout(resolve, 200));
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  redis = await PrivateRedis.start();
  // 30 × 30 notified matches (1 800 in-app rows and emails) and a re-score round of every posting.
  load = await seedNotificationLoad(app, { demands: 30, achievements: 30, rescores: 1 });
  worker = new WorkerProcess({
    DATABASE_URL: app.database.url,
    REDIS_PREFIX: app.config.REDIS_PREFIX,
    REDIS_URL: redis.url,
    SMTP_URL: app.mailbox.url,
  });
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await redis?.stop();
  await app?.close();
});

describe('the worker’s Redis restarted mid-run', () => {
  it('comes back by itself, replays what a flush lost, and notifies everyone exactly once', async () => {
    const total = load.userIds.length * 900;
    worker.start();
    await untilNotified(total * 0.2);
    await redis.restart();
    await untilNotified(total * 0.5);
    // Dispatched rows whose jobs are now gone: only the reconciler can bring them back.
    await redis.flushAndRestart();
    const before = await notified();
    expect(before).toBeLessThan(total);
    await waitUntilSettled(app, 120_000, () => worker.log);
    await expectNotifiedExactlyOnce(app, load, { url: redis.url, prefix: app.config.REDIS_PREFIX }, 0);
    const scanned = await expectNoTextInRedis(redis.url, app.config.REDIS_PREFIX, CONFIDENTIAL_MARKER);
    expect(scanned).toBeGreaterThan(100);
  }, 180_000);
});
