import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Reindexer, type ReindexProgress } from '#search';
import { createDemand, publishDemand, type SignedInUser } from '../support/http.js';
import { eventually, startSearchWorld, type SearchWorld } from '../support/search.js';

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

const TOPICS = ['锂电池', '机器视觉', '储能', '氢能', '碳纤维', '工业机器人', '光伏', '污水处理'];
let counter = 0;

async function publishNew(): Promise<string> {
  counter += 1;
  const id = await createDemand(app, owner, organization, {
    title: `${TOPICS[counter % TOPICS.length]}需求 ${counter}`,
  });
  await publishDemand(app, owner, moderator, id);
  return id;
}

const rows = (sql: string) =>
  app.dataSource.query(sql) as Promise<{ id: string; title: string; visibility: string }[]>;
const LISTED = `SELECT id, title, visibility FROM demands WHERE status IN ('published', 'in_progress', 'solved') ORDER BY id`;
const INDEXED = `SELECT id, title, visibility FROM search_documents WHERE kind = 'demand' ORDER BY id`;
const INDEXES = `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_documents' ORDER BY 1`;
const COLUMNS = `SELECT column_name, data_type, generation_expression FROM information_schema.columns
                  WHERE table_name = 'search_documents' ORDER BY ordinal_position`;
/** Documents whose generated head (title and keywords) is missing or differs from their vector's. */
const STALE_HEADS = `SELECT count(*)::int AS n FROM search_documents
                      WHERE tsv_head IS DISTINCT FROM ts_filter(tsv, '{a,b}') OR tsv_head = ''::tsvector`;

/** The live index has caught up with one posting: the sync job of its last change ran. */
const synced = (id: string) =>
  eventually(async () => {
    const [listed] = await app.dataSource.query(
      `SELECT title, visibility FROM demands WHERE id = $1 AND status IN ('published', 'in_progress', 'solved')`,
      [id],
    );
    const [indexed] = await app.dataSource.query(
      `SELECT title, visibility FROM search_documents WHERE id = $1`,
      [id],
    );
    expect(indexed).toEqual(listed);
  });

describe('npm run search:reindex', () => {
  it('swaps in a rebuilt index that equals the database, while writes go on', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 24; i += 1) ids.push(await publishNew());
    await createDemand(app, owner, organization, { title: '锂电池草稿不应出现' });
    await Promise.all(ids.map(synced));

    // Each step changes a posting and waits until live sync has written it to the OLD index, so only
    // the reindex's replay can carry it into the new one.
    let step = 0;
    const writeStep = async () => {
      step += 1;
      const target = ids[step % ids.length]!;
      switch (step % 4) {
        case 0:
          ids.push(await publishNew());
          return synced(ids.at(-1)!);
        case 1:
          await request(app.baseUrl)
            .patch(`/api/v1/demands/${target}`)
            .auth(owner.token, { type: 'bearer' })
            .send({ title: `改名后的储能需求 ${step}` })
            .expect(200);
          return synced(target);
        case 2:
          await request(app.baseUrl)
            .post(`/api/v1/demands/${target}/close`)
            .auth(owner.token, { type: 'bearer' })
            .send({})
            .expect(200);
          return synced(target);
        default:
          await request(app.baseUrl)
            .post(`/api/v1/demands/${target}/visibility`)
            .auth(owner.token, { type: 'bearer' })
            .send({ visibility: 'registered' })
            .expect(200);
          return synced(target);
      }
    };

    // And a writer that does not wait for anything, until the reindex is over.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await publishNew();
        await request(app.baseUrl)
          .patch(`/api/v1/demands/${ids[counter % ids.length]}`)
          .auth(owner.token, { type: 'bearer' })
          .send({ title: `并发改名 ${counter}` });
      }
    })();

    const indexes = await app.dataSource.query(INDEXES);
    const columns = await app.dataSource.query(COLUMNS);
    const phases: string[] = [];
    const report = await app.api.get(Reindexer).run({
      batchSize: 4,
      onProgress: async (progress: ReindexProgress) => {
        phases.push(progress.phase);
        if (progress.phase === 'scan' || progress.phase === 'replay') {
          await writeStep();
          // The live index keeps answering during the rebuild.
          await request(app.baseUrl).get('/api/v1/search').query({ q: '储能' }).expect(200);
        }
      },
    });
    writing = false;
    await writer;

    expect(phases).toEqual(expect.arrayContaining(['scan', 'index', 'replay', 'swap']));
    expect(report.replayed).toBeGreaterThan(0);
    // Once the last jobs have run, the index is exactly the listed postings, as they are now.
    await eventually(async () => expect(await rows(INDEXED)).toEqual(await rows(LISTED)), 30_000);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'search_documents%'`,
    );
    expect(n).toBe(1);
    // The rebuilt table, created with the live table's indexes, went live under their names.
    expect(await app.dataSource.query(INDEXES)).toEqual(indexes);
    // …with its generated columns still generated.
    expect(await app.dataSource.query(COLUMNS)).toEqual(columns);
    expect(await app.dataSource.query(STALE_HEADS)).toEqual([{ n: 0 }]);
  }, 120_000);

  it('rebuilds an index that lost its documents, without any job running', async () => {
    const id = await publishNew();
    await synced(id);
    await app.dataSource.query(`DELETE FROM search_documents`);
    await app.api.get(Reindexer).run();
    expect(await rows(INDEXED)).toEqual(await rows(LISTED));
    const { body } = await request(app.baseUrl)
      .get('/api/v1/search')
      .query({ q: TOPICS[counter % TOPICS.length]! })
      .expect(200);
    expect((body.hits as { id: string }[]).map((h) => h.id)).toContain(id);
  });
});
