import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createRedis } from '#queue';
import { createTestDatabase, type TestDatabase } from '#testing';
import { startHealthServer } from '../../apps/worker/src/health-server.js';
import { createDataSource } from '../../migrations/data-source.js';

let database: TestDatabase;
let dataSource: DataSource;
const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
let server: Server;
let base: string;
const workers = { healthy: true };

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.url).initialize();
  server = await startHealthServer(0, '127.0.0.1', dataSource, redis, workers);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await redis.quit();
  if (dataSource.isInitialized) await dataSource.destroy();
  await database.drop();
});

describe('the worker health server', () => {
  it('is live and ready while PostgreSQL and Redis answer', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up', redis: 'up', workers: 'up' });
  });

  it('reports not ready while a queue worker fails the watchdog', async () => {
    workers.healthy = false;
    const ready = await fetch(`${base}/health/ready`);
    workers.healthy = true;
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ workers: 'down' });
  });

  it('answers anything else with 404', async () => {
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });

  it('reports not ready when the database is gone', async () => {
    await dataSource.destroy();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
  });
});
