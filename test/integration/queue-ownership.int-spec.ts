import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { claimQueues, createRedis } from '#queue';
import { createTestDatabase, type TestDatabase } from '#testing';

/**
 * A Redis prefix is claimed by the database a worker starts against: the queues of another database
 * (dropped and created again, so its outbox ids start over) are emptied, so their finished jobs cannot
 * stand in for this database's new jobs of the same ids; the owner's own queues are kept.
 */
const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `duijie-test-owner-${randomBytes(4).toString('hex')}`;
let first: TestDatabase;
let second: TestDatabase;

async function queuedJobIds(): Promise<string[]> {
  const queue = new Queue('matching', { connection: redis, prefix: `{${prefix}}` });
  try {
    return (await queue.getJobs(['waiting', 'completed'])).map((job) => job.id!).sort();
  } finally {
    await queue.close();
  }
}

async function enqueue(jobId: string): Promise<void> {
  const queue = new Queue('matching', { connection: redis, prefix: `{${prefix}}` });
  await queue.add('match-posting', { demandId: 'x' }, { jobId });
  await queue.close();
}

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});

afterAll(async () => {
  const keys = await redis.keys(`{${prefix}}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await Promise.all([first.drop(), second.drop()]);
});

describe('claimQueues', () => {
  it('empties a prefix no database owns yet, then keeps its owner’s queues across restarts', async () => {
    await enqueue('match-posting.outbox-1');
    expect(await claimQueues(first.url, redis, prefix)).toBe('emptied');
    expect(await queuedJobIds()).toEqual([]);
    await enqueue('match-posting.outbox-1');
    expect(await claimQueues(first.url, redis, prefix)).toBe('kept');
    expect(await queuedJobIds()).toEqual(['match-posting.outbox-1']);
  });

  it('empties the queues another database left, so the same job id can run again', async () => {
    await claimQueues(first.url, redis, prefix);
    await enqueue('match-posting.outbox-7');
    expect(await claimQueues(second.url, redis, prefix)).toBe('emptied');
    expect(await queuedJobIds()).toEqual([]);
    expect(await claimQueues(second.url, redis, prefix)).toBe('kept');
  });
});
