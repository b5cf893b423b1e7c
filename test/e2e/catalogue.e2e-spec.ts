import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  CATALOGUE_KINDS,
  createPosting,
  publishPosting,
  type CatalogueKindName,
} from '../support/catalogue.js';
import { createOrganization, signUp, type SignedInUser } from '../support/http.js';
import { moderatorOf } from '../support/factories.js';

let app: TestApp;
let moderator: SignedInUser;
let stranger: SignedInUser;
const owners = {} as Record<CatalogueKindName, { user: SignedInUser; org: string }>;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  moderator = await moderatorOf(app);
  stranger = await signUp(app);
  await createOrganization(app, stranger);
  for (const kind of Object.keys(CATALOGUE_KINDS) as CatalogueKindName[]) {
    const user = await signUp(app);
    owners[kind] = {
      user,
      org: await createOrganization(app, user, { type: CATALOGUE_KINDS[kind].ownerType }),
    };
  }
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);

describe.each(Object.keys(CATALOGUE_KINDS) as CatalogueKindName[])('%s postings', (kind) => {
  const { path, label } = CATALOGUE_KINDS[kind];

  it('moves draft → submitted → published, auditing each step and announcing publication in the outbox', async () => {
    const { user, org } = owners[kind];
    const id = await createPosting(app, kind, user, org);
    const draft = await api().get(`/api/v1/${path}/${id}`).auth(user.token, { type: 'bearer' }).expect(200);
    expect(draft.body).toMatchObject({ id, status: 'draft', canEdit: true, organizationId: org });
    await api().get(`/api/v1/${path}/${id}`).expect(404);

    await publishPosting(app, kind, user, moderator, id);
    const published = await api()
      .get(`/api/v1/${path}/${id}`)
      .auth(stranger.token, { type: 'bearer' })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', canEdit: false });

    const audit: { action: string }[] = await app.dataSource.query(
      'SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([`${kind}.created`, `${kind}.submit`, `${kind}.publish`]);
    const events: { type: string; payload: unknown }[] = await app.dataSource.query(
      `SELECT type, payload FROM outbox_events WHERE payload->>'postingId' = $1 ORDER BY id`,
      [id],
    );
    expect(events).toEqual([
      { type: 'posting.published', payload: { kind, postingId: id } },
      // The owner hears the review's result (issue 16).
      {
        type: 'posting.moderated',
        payload: { kind, postingId: id, outcome: 'published', reason: null, at: expect.any(String) },
      },
    ]);
  });

  it('rejects with a reason the owner sees, and lets the owner fix and resubmit', async () => {
    const { user, org } = owners[kind];
    const id = await createPosting(app, kind, user, org);
    await api().post(`/api/v1/${path}/${id}/submit`).auth(user.token, { type: 'bearer' }).expect(200);
    await api()
      .post(`/api/v1/${path}/${id}/reject`)
      .auth(user.token, { type: 'bearer' })
      .send({ reason: '自己审核自己' })
      .expect(403);
    const rejected = await api()
      .post(`/api/v1/${path}/${id}/reject`)
      .auth(moderator.token, { type: 'bearer' })
      .send({ reason: '请补充技术指标' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '请补充技术指标' });
    await api()
      .patch(`/api/v1/${path}/${id}`)
      .auth(user.token, { type: 'bearer' })
      .send({ [label]: '补充指标后的标题' })
      .expect(200);
    const resubmitted = await api()
      .post(`/api/v1/${path}/${id}/submit`)
      .auth(user.token, { type: 'bearer' })
      .expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', [label]: '补充指标后的标题' });
    const queue = await api()
      .get(`/api/v1/${path}/review-queue`)
      .auth(moderator.token, { type: 'bearer' })
      .expect(200);
    expect(queue.body.map((p: { id: string }) => p.id)).toContain(id);
    await api().get(`/api/v1/${path}/review-queue`).auth(user.token, { type: 'bearer' }).expect(404);
  });

  it('refuses an organization of the wrong type, and status or owner smuggled into a body', async () => {
    const { user, org } = owners[kind];
    const wrongType = await api()
      .post(`/api/v1/${path}`)
      .auth(stranger.token, { type: 'bearer' })
      .set('x-organization-id', await createOrganization(app, stranger, { type: 'organizer' }))
      .send(CATALOGUE_KINDS[kind].body())
      .expect(403);
    expect(wrongType.body.type).toMatch(/organization-type-not-allowed/);
    const id = await createPosting(app, kind, user, org);
    for (const smuggled of [
      { status: 'published' },
      { organizationId: stranger.id },
      { visibility: 'public' },
    ]) {
      const response = await api()
        .patch(`/api/v1/${path}/${id}`)
        .auth(user.token, { type: 'bearer' })
        .send(smuggled)
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const row: { status: string }[] = await app.dataSource.query(
      `SELECT status FROM ${path.replace('-', '_')} WHERE id = $1`,
      [id],
    );
    expect(row[0].status).toBe('draft');
  });

  it('shows confidential postings to strangers as teasers only', async () => {
    const { user, org } = owners[kind];
    const id = await createPosting(app, kind, user, org, {
      visibility: 'confidential',
      teaser: '保密项目，请联系平台',
    });
    await publishPosting(app, kind, user, moderator, id);
    const seen = await api()
      .get(`/api/v1/${path}/${id}`)
      .auth(stranger.token, { type: 'bearer' })
      .expect(200);
    expect(seen.body).toMatchObject({ redacted: true, teaser: '保密项目，请联系平台', organizationId: null });
    const body = JSON.stringify(seen.body);
    for (const secret of [
      '原子层沉积在高镍',
      '误检率',
      '以专利质押',
      '李老师',
      '赵经理',
      '海康威视',
      '热失控防护',
      '022-12345678',
    ])
      expect(body).not.toContain(secret);
    const own = await api().get(`/api/v1/${path}/${id}`).auth(user.token, { type: 'bearer' }).expect(200);
    expect(own.body.redacted).toBe(false);
  });

  it('pages the public list by keyset without gaps or repeats', async () => {
    const { user, org } = owners[kind];
    const ids = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const id = await createPosting(app, kind, user, org, { [label]: `分页测试 ${i}` });
      await publishPosting(app, kind, user, moderator, id);
      ids.add(id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await api()
        .get(`/api/v1/${path}`)
        .auth(stranger.token, { type: 'bearer' })
        .query({ q: '分页测试', limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(ids);
  });
});

describe('kind-specific rules', () => {
  it('validates patent numbers, TRL against maturity and ticket ranges with field errors', async () => {
    const { user, org } = owners.achievement;
    const bad = await api()
      .post('/api/v1/achievements')
      .auth(user.token, { type: 'bearer' })
      .set('x-organization-id', org)
      .send(
        CATALOGUE_KINDS.achievement.body({
          patents: [{ number: 'ZL202110123456.5', type: 'invention', status: 'granted' }],
          trl: 12,
        }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'patents.0.number',
      'trl',
    ]);
    const contradiction = await api()
      .post('/api/v1/achievements')
      .auth(user.token, { type: 'bearer' })
      .set('x-organization-id', org)
      .send(CATALOGUE_KINDS.achievement.body({ maturity: 'industrial', trl: 3 }))
      .expect(400);
    expect(contradiction.body.errors).toEqual([
      expect.objectContaining({ field: 'trl', code: 'trl-below-maturity' }),
    ]);
    const offer = owners['financing-offer'];
    const range = await api()
      .post('/api/v1/financing-offers')
      .auth(offer.user.token, { type: 'bearer' })
      .set('x-organization-id', offer.org)
      .send(CATALOGUE_KINDS['financing-offer'].body({ ticketMinWan: 500, ticketMaxWan: 100 }))
      .expect(400);
    expect(range.body.errors).toEqual([
      expect.objectContaining({ field: 'ticketMaxWan', code: 'budget-range' }),
    ]);
  });

  it('shows 面议 when an achievement has no asking price', async () => {
    const { user, org } = owners.achievement;
    const id = await createPosting(app, 'achievement', user, org, { priceWan: undefined });
    const seen = await api()
      .get(`/api/v1/achievements/${id}`)
      .auth(user.token, { type: 'bearer' })
      .expect(200);
    expect(seen.body).toMatchObject({ priceWan: null, priceNegotiable: true });
  });

  it('lets investors filter projects by stage, amount and region, and offers by the region and amount they cover', async () => {
    const { user, org } = owners.project;
    const seed = await createPosting(app, 'project', user, org, {
      title: '筛选-种子',
      stage: 'seed',
      amountSoughtWan: 200,
      regionCode: '320102',
    });
    const b = await createPosting(app, 'project', user, org, {
      title: '筛选-B轮',
      stage: 'b',
      amountSoughtWan: 8000,
      regionCode: '330106',
    });
    await publishPosting(app, 'project', user, moderator, seed);
    await publishPosting(app, 'project', user, moderator, b);
    const ids = async (query: Record<string, unknown>) =>
      (
        await api()
          .get('/api/v1/projects')
          .auth(stranger.token, { type: 'bearer' })
          .query({ q: '筛选', ...query })
          .expect(200)
      ).body.items.map((p: { id: string }) => p.id);
    expect(await ids({ stage: 'b' })).toEqual([b]);
    expect(await ids({ amountMaxWan: 1000 })).toEqual([seed]);
    expect(await ids({ regionCode: '320000' })).toEqual([seed]);
    // Registered-only projects are not shown to anonymous visitors.
    const anonymous = await api().get('/api/v1/projects').query({ q: '筛选' }).expect(200);
    expect(anonymous.body.items).toEqual([]);

    const investor = owners['financing-offer'];
    const jiangsu = await createPosting(app, 'financing-offer', investor.user, investor.org, {
      title: '覆盖-江苏',
      regionCodes: ['320000'],
    });
    const national = await createPosting(app, 'financing-offer', investor.user, investor.org, {
      title: '覆盖-全国',
      regionCodes: [],
      ticketMinWan: 5000,
      ticketMaxWan: 20000,
    });
    await publishPosting(app, 'financing-offer', investor.user, moderator, jiangsu);
    await publishPosting(app, 'financing-offer', investor.user, moderator, national);
    const offers = async (query: Record<string, unknown>) =>
      (
        await api()
          .get('/api/v1/financing-offers')
          .query({ q: '覆盖', ...query })
          .expect(200)
      ).body.items
        .map((p: { id: string }) => p.id)
        .sort();
    expect(await offers({ regionCode: '320102' })).toEqual([jiangsu, national].sort());
    expect(await offers({ regionCode: '440300' })).toEqual([national]);
    expect(await offers({ amountWan: 800 })).toEqual([jiangsu]);
  });
});
