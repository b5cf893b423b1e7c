import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CONSENT_VERSION } from '#identity';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { party, publishedPosting } from '../support/factories.js';
import { createDemand, DEFAULT_PASSWORD, type Party, type SignedInUser } from '../support/http.js';

/**
 * The public portal (issue 16): the 揭榜挂帅 board, organizations' pages, the directory and the home
 * page's figures, read anonymously and signed in, with a planted marker that must never reach a caller
 * who sees a confidential demand as its teaser.
 */
const MARKER = 'PORTAL-SECRET-7Q';

let app: TestApp;
let owner: Party;
let outsider: Party;
const ids: Record<'open' | 'secret' | 'registered' | 'closed' | 'plain' | 'draft', string> = {
  open: '',
  secret: '',
  registered: '',
  closed: '',
  plain: '',
  draft: '',
};

const api = () => request(app.baseUrl);
const as = (user: SignedInUser, organizationId?: string) => ({
  authorization: `Bearer ${user.token}`,
  ...(organizationId ? { 'x-organization-id': organizationId } : {}),
});
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const call = (awardWan: number, description?: string) => ({
  awardWan,
  deadline: inDays(30),
  criteria: [{ name: '技术先进性', weight: 100 }],
  ...(description ? { description } : {}),
});

async function withCall(body: Record<string, unknown>, awardWan: number, description?: string) {
  const { id } = await publishedPosting(app, 'demand', { owner, body });
  await api()
    .post(`/api/v1/demands/${id}/challenge`)
    .set(as(owner.user))
    .send(call(awardWan, description))
    .expect(201);
  return id;
}

beforeAll(async () => {
  app = await startTestApp({
    worker: false,
    env: { OPERATOR_NAME: '门户测试运营有限公司', PRIVACY_CONTACT_EMAIL: 'pi-officer@portal-test.cn' },
  });
  owner = await party(app, 'enterprise', { name: '门户测试电池公司', verified: true });
  outsider = await party(app, 'university', { name: '门户测试大学', verified: true });
  ids.open = await withCall({ title: '门户公开揭榜需求', fields: ['EV-BATTERY'], regionCode: '320115' }, 300);
  ids.secret = await withCall(
    {
      title: '门户保密揭榜需求',
      description: `保密的技术细节 ${MARKER}`,
      keywords: [MARKER],
      contact: { name: MARKER, phone: '025-12345678' },
      regionCode: '320115',
      visibility: 'confidential',
      teaser: '电池方向的保密难题',
      ndaText: '双方对交流内容保密。',
    },
    777,
    `揭榜说明 ${MARKER}`,
  );
  ids.registered = await withCall({ title: '门户注册可见揭榜需求', visibility: 'registered' }, 200);
  ids.closed = await withCall({ title: '门户已关闭揭榜需求' }, 100);
  await api().post(`/api/v1/demands/${ids.closed}/challenge/close`).set(as(owner.user)).expect(200);
  ids.plain = (await publishedPosting(app, 'demand', { owner, body: { title: '门户无揭榜需求' } })).id;
  ids.draft = await createDemand(app, owner.user, owner.org, { title: '门户草稿需求' });
}, 120_000);

afterAll(async () => {
  await app.close();
});

type BoardItem = {
  demand: { id: string; redacted: boolean; organizationName: string | null };
  awardWan: number | null;
};
const boardOf = (body: { items: BoardItem[] }) => new Map(body.items.map((item) => [item.demand.id, item]));

describe('GET /api/v1/challenges', () => {
  it('shows a visitor the open calls, a confidential one as a teaser without award or owner', async () => {
    const response = await api().get('/api/v1/challenges').expect(200);
    const board = boardOf(response.body);
    expect(board.get(ids.open)).toMatchObject({ awardWan: 300, deadline: inDays(30) });
    expect(board.get(ids.secret)).toMatchObject({
      awardWan: null,
      demand: { redacted: true, organizationName: null, teaser: '电池方向的保密难题', budgetMinWan: null },
    });
    // Registered-only demands are not for visitors; closed calls and demands without one are not on the board.
    expect(board.has(ids.registered)).toBe(false);
    expect(board.has(ids.closed)).toBe(false);
    expect(board.has(ids.plain)).toBe(false);
    expect(JSON.stringify(response.body)).not.toContain(MARKER);
  });

  it('shows a signed-in outsider registered calls, and the owner its confidential call in full', async () => {
    const outsiderBoard = boardOf(
      (await api().get('/api/v1/challenges').set(as(outsider.user)).expect(200)).body,
    );
    expect(outsiderBoard.get(ids.registered)?.awardWan).toBe(200);
    expect(outsiderBoard.get(ids.secret)?.awardWan).toBeNull();
    const ownerBoard = boardOf((await api().get('/api/v1/challenges').set(as(owner.user)).expect(200)).body);
    expect(ownerBoard.get(ids.secret)).toMatchObject({ awardWan: 777, demand: { redacted: false } });
  });

  it('filters by field and region and pages with a cursor', async () => {
    const byField = (await api().get('/api/v1/challenges?field=EV-BATTERY&limit=100').expect(200)).body;
    expect(boardOf(byField).has(ids.open)).toBe(true);
    const elsewhere = (await api().get('/api/v1/challenges?regionCode=110000').expect(200)).body;
    expect(boardOf(elsewhere).has(ids.open)).toBe(false);
    // A teaser is found by its province only, never by its district.
    const district = boardOf((await api().get('/api/v1/challenges?regionCode=320115').expect(200)).body);
    expect([district.has(ids.open), district.has(ids.secret)]).toEqual([true, false]);
    const first = (await api().get('/api/v1/challenges?limit=1').expect(200)).body;
    expect(first.items).toHaveLength(1);
    const second = (await api().get(`/api/v1/challenges?limit=1&cursor=${first.nextCursor}`).expect(200))
      .body;
    expect(second.items[0].demand.id).not.toBe(first.items[0].demand.id);
  });

  it('refuses a bad page size or cursor with field errors', async () => {
    const response = await api().get('/api/v1/challenges?limit=0').expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    const cursor = await api().get('/api/v1/challenges?cursor=nonsense').expect(400);
    expect(cursor.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
  });
});

describe('a demand says whether it has a call', () => {
  it('gives the challenge status to full readers and nothing to teaser readers', async () => {
    const plain = (await api().get(`/api/v1/demands/${ids.plain}`).expect(200)).body;
    expect(plain.challengeStatus).toBeNull();
    expect((await api().get(`/api/v1/demands/${ids.open}`).expect(200)).body.challengeStatus).toBe('open');
    expect((await api().get(`/api/v1/demands/${ids.closed}`).expect(200)).body.challengeStatus).toBe(
      'closed',
    );
    expect((await api().get(`/api/v1/demands/${ids.secret}`).expect(200)).body.challengeStatus).toBeNull();
    const own = await api().get(`/api/v1/demands/${ids.secret}`).set(as(owner.user, owner.org)).expect(200);
    expect(own.body.challengeStatus).toBe('open');
  });
});

describe('GET /api/v1/organizations/{id}/profile', () => {
  it('shows a visitor the profile, the badge and the listed postings, never a confidential one', async () => {
    const response = await api().get(`/api/v1/organizations/${owner.org}/profile`).expect(200);
    expect(response.body).toMatchObject({
      id: owner.org,
      name: '门户测试电池公司',
      type: 'enterprise',
      verified: true,
    });
    const shown = response.body.demands.map((d: { id: string }) => d.id);
    expect(shown).toEqual(expect.arrayContaining([ids.open, ids.plain, ids.closed]));
    // A teaser does not say whose it is, so the owner's page does not list it; drafts are not published.
    expect(shown).not.toContain(ids.secret);
    expect(shown).not.toContain(ids.draft);
    expect(shown).not.toContain(ids.registered);
    expect(JSON.stringify(response.body)).not.toContain(MARKER);
    const signedIn = await api()
      .get(`/api/v1/organizations/${owner.org}/profile`)
      .set(as(outsider.user))
      .expect(200);
    expect(signedIn.body.demands.map((d: { id: string }) => d.id)).toContain(ids.registered);
    expect(JSON.stringify(signedIn.body)).not.toContain(MARKER);
    const own = await api().get(`/api/v1/organizations/${owner.org}/profile`).set(as(owner.user)).expect(200);
    expect(own.body.demands.map((d: { id: string }) => d.id)).toContain(ids.secret);
  });

  it('lists other kinds and shows a pending organization without the badge', async () => {
    const investor = await party(app, 'investor', { name: '门户测试待审投资' });
    const offer = await publishedPosting(app, 'financing-offer', { owner: investor });
    const response = await api().get(`/api/v1/organizations/${investor.org}/profile`).expect(200);
    expect(response.body.verified).toBe(false);
    expect(response.body.financingOffers.map((o: { id: string }) => o.id)).toEqual([offer.id]);
  });

  it('answers 404 for an unknown, rejected or malformed organization id', async () => {
    const rejected = await party(app, 'enterprise');
    await app.dataSource.query(`UPDATE organizations SET verification_status = 'rejected' WHERE id = $1`, [
      rejected.org,
    ]);
    await api().get(`/api/v1/organizations/${rejected.org}/profile`).expect(404);
    await api().get('/api/v1/organizations/6f1c1a8e-0000-4000-8000-000000000000/profile').expect(404);
    await api().get('/api/v1/organizations/not-a-uuid/profile').expect(404);
  });
});

describe('GET /api/v1/directory', () => {
  it('lists verified organizations of a type, searches names and pages', async () => {
    const pending = await party(app, 'university', { name: '门户测试待审大学' });
    const universities = (await api().get('/api/v1/directory?type=university&limit=100').expect(200)).body;
    const names = universities.items.map((o: { name: string }) => o.name);
    expect(names).toContain('门户测试大学');
    expect(names).not.toContain('门户测试待审大学');
    expect(universities.items.every((o: { type: string }) => o.type === 'university')).toBe(true);
    expect(universities.items.map((o: { id: string }) => o.id)).not.toContain(pending.org);

    const picked = (
      await api()
        .get(`/api/v1/directory?q=${encodeURIComponent('电池公司')}`)
        .expect(200)
    ).body;
    expect(picked.items).toEqual([
      expect.objectContaining({ id: owner.org, regionName: expect.any(String) }),
    ]);

    const first = (await api().get('/api/v1/directory?limit=1').expect(200)).body;
    const second = (await api().get(`/api/v1/directory?limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('refuses an unknown type with a field error', async () => {
    const response = await api().get('/api/v1/directory?type=bank').expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['type']);
  });
});

describe('GET /api/v1/portal/figures', () => {
  it('counts listed postings and verified organizations for a visitor', async () => {
    const figures = (await api().get('/api/v1/portal/figures').expect(200)).body;
    expect(figures).toEqual({
      postings: expect.any(Number),
      matches: expect.any(Number),
      organizations: expect.any(Number),
      deals: expect.any(Number),
    });
    // Four listed demands with calls, one without and the investor's offer (drafts are not counted).
    expect(figures.postings).toBeGreaterThanOrEqual(6);
    expect(figures.organizations).toBeGreaterThanOrEqual(2);
  });
});

describe('GET /api/v1/portal/operator', () => {
  it('names the configured operator and privacy contact the legal texts show, to anyone', async () => {
    expect((await api().get('/api/v1/portal/operator').expect(200)).body).toEqual({
      name: '门户测试运营有限公司',
      privacyContactEmail: 'pi-officer@portal-test.cn',
    });
  });
});

describe('consent at registration', () => {
  it('records the accepted version and refuses a registration without the current one', async () => {
    const body = { email: 'consent@example.com', password: DEFAULT_PASSWORD, name: '同意者' };
    const missing = await api().post('/api/v1/auth/register').send(body).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['consentVersion']);
    await api()
      .post('/api/v1/auth/register')
      .send({ ...body, consentVersion: '2020-01' })
      .expect(400);
    await api()
      .post('/api/v1/auth/register')
      .send({ ...body, consentVersion: CONSENT_VERSION })
      .expect(202);
    const [row] = await app.dataSource.query<{ consent_version: string; consented_at: Date | null }[]>(
      'SELECT consent_version, consented_at FROM users WHERE email = $1',
      [body.email],
    );
    expect(row).toMatchObject({ consent_version: CONSENT_VERSION, consented_at: expect.any(Date) });
  });
});

describe('GET /api/v1/admin/users', () => {
  it('lets a platform admin find users by name or address, and no one else', async () => {
    const admin = await party(app, 'enterprise');
    await app.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [admin.user.id]);
    const found = await api()
      .get(`/api/v1/admin/users?q=${encodeURIComponent(outsider.user.email)}`)
      .set(as(admin.user))
      .expect(200);
    expect(found.body).toEqual([
      expect.objectContaining({
        id: outsider.user.id,
        status: 'active',
        platformRole: null,
        emailVerified: true,
      }),
    ]);
    await api().get('/api/v1/admin/users').set(as(outsider.user)).expect(404);
    await api().get('/api/v1/admin/users').expect(401);
  });
});
