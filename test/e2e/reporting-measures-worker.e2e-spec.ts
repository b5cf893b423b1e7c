import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { JobName, QueueName } from '#queue';
import { ReportingMeasures } from '#reporting';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { measuresCounted } from '../support/measures.js';

/**
 * The worker keeps the measured figures fresh: its job scheduler on the maintenance queue re-counts the
 * dirty days every REPORTING_MEASURES_FRESHEN_SECONDS, and a re-count already running elsewhere makes it
 * neither wait nor fail.
 */
let app: TestApp;

const markDirty = () =>
  app.dataSource.query(
    `INSERT INTO reporting_measure_dirty_days (figure, day) VALUES ('enterprises-served', current_date)`,
  );
const dirtyKeys = async () =>
  (
    await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reporting_measure_dirty_days')
  )[0]!.n;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

describe('the worker’s re-count of the measured figures', () => {
  it('runs on a schedule of the maintenance queue and takes every dirty key', async () => {
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.find((s) => s.key === JobName.FreshenReportingMeasures)).toMatchObject({
      every: app.config.REPORTING_MEASURES_FRESHEN_SECONDS * 1_000,
    });
    await markDirty();
    await markDirty();
    expect(await dirtyKeys()).toBe(2);
    await measuresCounted(app);
    expect(await dirtyKeys()).toBe(0);
  });

  it('neither waits for nor fails on a re-count running elsewhere; the next run takes the keys', async () => {
    await measuresCounted(app);
    const other = new pg.Client({ connectionString: app.database.url });
    await other.connect();
    try {
      // Another re-count (a read past the bound, the nightly check) holding the lock.
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(1795890000)');
      await markDirty();
      const measures = app.worker!.get(ReportingMeasures, { strict: false });
      expect(await measures.freshen({ wait: false })).toBe(0);
      expect(await dirtyKeys()).toBe(1);
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    await measuresCounted(app);
    expect(await dirtyKeys()).toBe(0);
  });
});
