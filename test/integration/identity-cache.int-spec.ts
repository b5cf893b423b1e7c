import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestDatabase, testConfig, type TestDatabase } from '#testing';
import { IdentityCache, tag } from '../../libs/identity/src/cache/identity-cache.js';
import { createDataSource } from '../../migrations/data-source.js';

/** Two api processes, as far as the cache can tell: two data sources and two caches on one database. */
let database: TestDatabase;
let sources: DataSource[];
let caches: IdentityCache[];

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({ DATABASE_URL: database.url });
  sources = await Promise.all([0, 1].map(() => createDataSource(database.url).initialize()));
  caches = sources.map((source) => new IdentityCache(source, config));
  await Promise.all(caches.map((cache) => cache.onModuleInit()));
});

afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.onApplicationShutdown()));
  await Promise.all(sources.map((source) => source.destroy()));
  await database.drop();
});

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not evicted in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('IdentityCache', () => {
  it('evicts in the writing process as soon as the transaction commits, not before', async () => {
    const [local] = caches;
    local.set('session:a', { who: 'a' }, [tag.session('a')]);
    await sources[0].transaction(async (manager) => {
      await local.changed(manager, [tag.session('a')]);
      // Still inside the transaction: other requests must keep the committed state until the commit.
      expect(local.get('session:a')).toEqual({ who: 'a' });
    });
    expect(local.get('session:a')).toBeUndefined();
  });

  it('keeps the entry when the transaction rolls back', async () => {
    const [local] = caches;
    local.set('me:b', { who: 'b' }, [tag.user('b')]);
    await expect(
      sources[0].transaction(async (manager) => {
        await local.changed(manager, [tag.user('b')]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(local.get('me:b')).toEqual({ who: 'b' });
  });

  it('evicts in every other process through NOTIFY', async () => {
    const [writer, other] = caches;
    other.set('me:c', { who: 'c' }, [tag.user('c'), tag.organization('o1')]);
    other.set('me:d', { who: 'd' }, [tag.user('d')]);
    await sources[0].transaction((manager) => writer.changed(manager, [tag.organization('o1')]));
    await eventually(() => other.get('me:c') === undefined);
    expect(other.get('me:d')).toEqual({ who: 'd' });
  });

  it('never serves an entry past its credential’s end', () => {
    const [cache] = caches;
    cache.set('session:e', { who: 'e' }, [tag.session('e')], Date.now() - 1);
    expect(cache.get('session:e')).toBeUndefined();
  });
});
