import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  expectNotifiedExactlyOnce,
  seedNotificationLoad,
  waitUntilSettled,
  WorkerProcess,
  type NotificationLoad,
} from '../support/reliability.js';

/**
 * The worker process is killed with SIGKILL again and again while thousands of match and notification
 * jobs run. Afterwards every notification exists exactly once per channel and no email went out twice.
 */
const KILLS = 6;
/** Notify jobs run four at a time, each with at most one SMTP conversation open when the kill lands. */
const NOTIFY_CONCURRENCY = 4;

let app: TestApp;
let worker: WorkerProcess;
let load: NotificationLoad;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  // 40 × 50 notified matches and two re-score rounds of every posting: 2 000 notify jobs and
  // 2 × 90 × 2 match-posting and search-sync jobs; 4 000 emails and as many in-app rows. Enough that all
  // six kills land mid-run (checked below), and half the suite's time of the 4 200 it once was.
  load = await seedNotificationLoad(app, { demands: 40, achievements: 50, rescores: 2 });
  worker = new WorkerProcess({
    DATABASE_URL: app.database.url,
    REDIS_PREFIX: app.config.REDIS_PREFIX,
    REDIS_URL: app.config.REDIS_URL,
    SMTP_URL: app.mailbox.url,
  });
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await app?.close();
});

describe('a worker killed with SIGKILL while it works', () => {
  it('loses nothing and sends nothing twice', async () => {
    expect(load.events).toBeGreaterThan(2_100);
    worker.start();
    for (let kill = 0; kill < KILLS; kill += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000 + Math.random() * 1_000));
      await worker.kill9();
      worker.start();
    }
    const [{ unfinished }] = await app.dataSource.query<{ unfinished: number }[]>(
      `SELECT count(*)::int AS unfinished FROM outbox_events WHERE pending_jobs <> '{}' OR dispatched_at IS NULL`,
    );
    // The kills landed mid-run, not after it.
    expect(unfinished).toBeGreaterThan(0);
    await waitUntilSettled(app, 150_000, () => worker.log);
    await expectNotifiedExactlyOnce(
      app,
      load,
      { url: app.config.REDIS_URL, prefix: app.config.REDIS_PREFIX },
      KILLS * NOTIFY_CONCURRENCY,
    );
  }, 200_000);
});
