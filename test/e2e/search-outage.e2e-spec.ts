import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { QueueName } from '#queue';
import { createDemand, publishDemand, type SignedInUser } from '../support/http.js';
import { eventually, search, startSearchWorld, type SearchWorld } from '../support/search.js';

let app: SearchWorld['app'];
let owner: SignedInUser;
let organization: string;
let moderator: SignedInUser;

beforeAll(async () => {
  ({ app, owner, organization, moderator } = await startSearchWorld());
});

afterAll(async () => {
  await app.close();
});

/**
 * The search engine goes away (its table is renamed, so every sync write fails as a real outage would)
 * while users keep writing. Writes must succeed; the sync jobs must wait and retry; once the engine is
 * back the index must catch up with every change made meanwhile.
 */
describe('a search engine outage', () => {
  it('never fails a write, and the index catches up when the engine is back', async () => {
    const before = await createDemand(app, owner, organization, { title: '风电叶片雷击损伤检测' });
    await publishDemand(app, owner, moderator, before);
    await eventually(async () =>
      expect((await search(app, { q: '风电叶片' })).hits.map((h) => h.id)).toEqual([before]),
    );

    await app.dataSource.query('ALTER TABLE search_documents RENAME TO search_documents_offline');
    const during = await createDemand(app, owner, organization, { title: '海上风电叶片除冰技术' });
    await publishDemand(app, owner, moderator, during);
    await request(app.baseUrl)
      .patch(`/api/v1/demands/${before}`)
      .auth(owner.token, { type: 'bearer' })
      .send({ title: '光伏组件隐裂在线检测' })
      .expect(200);

    // The sync jobs fail and wait for a retry instead of giving up.
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Search), { strict: false });
    await eventually(async () => {
      const waiting = await queue.getJobs(['delayed', 'waiting', 'active']);
      expect(waiting.filter((job) => job.attemptsMade > 0).length).toBeGreaterThanOrEqual(2);
    });
    expect(await queue.getJobCountByTypes('failed')).toBe(0);

    await app.dataSource.query('ALTER TABLE search_documents_offline RENAME TO search_documents');
    await eventually(async () => {
      expect((await search(app, { q: '风电叶片' })).hits.map((h) => h.id)).toEqual([during]);
      expect((await search(app, { q: '光伏' })).hits.map((h) => h.id)).toEqual([before]);
    }, 30_000);
  }, 60_000);
});
