import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  createDemand,
  createOrganization,
  demandBody,
  publishDemand,
  signUp,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';

let app: TestApp;
let owner: SignedInUser;
let ownerOrg: string;
let moderator: SignedInUser;
let other: SignedInUser;
let otherOrg: string;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  ({ user: owner, org: ownerOrg } = await party(app, 'enterprise', { name: '江苏锂创新能源科技有限公司' }));
  moderator = await moderatorOf(app);
  other = await signUp(app);
  otherOrg = await createOrganization(app, other, {
    name: '中国科学院宁波材料所',
    type: 'university',
    regionCode: '330211',
  });
  await verifyOrganization(app, otherOrg);
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);
const as = (user: SignedInUser, organizationId?: string) => ({
  authorization: `Bearer ${user.token}`,
  ...(organizationId ? { 'x-organization-id': organizationId } : {}),
});

async function demandCount(): Promise<number> {
  const [row] = await app.dataSource.query('SELECT count(*)::int AS n FROM demands');
  return row.n as number;
}

async function events(demandId: string): Promise<string[]> {
  const rows: { type: string }[] = await app.dataSource.query(
    `SELECT type FROM outbox_events WHERE payload->>'demandId' = $1 ORDER BY id`,
    [demandId],
  );
  return rows.map((r) => r.type);
}

describe('creating and editing a demand', () => {
  it('creates a draft for the acting organization, stored in 元 and shown in 万元', async () => {
    const response = await api()
      .post('/api/v1/demands')
      .set(as(owner, ownerOrg))
      .send(demandBody({ budgetMinWan: 50.5 }))
      .expect(201);
    expect(response.body).toMatchObject({
      status: 'draft',
      budgetMinWan: 50.5,
      budgetMaxWan: 120,
      regionName: '江苏省 南京市 江宁区',
      fieldNames: ['动力电池'],
      organizationName: '江苏锂创新能源科技有限公司',
      canEdit: true,
      redacted: false,
    });
    const [row] = await app.dataSource.query('SELECT budget_min_yuan FROM demands WHERE id = $1', [
      response.body.id,
    ]);
    expect(row.budget_min_yuan).toBe('505000');
  });

  it.each([
    ['a budget minimum above the maximum', { budgetMinWan: 200, budgetMaxWan: 100 }, 'budgetMaxWan'],
    ['a deadline in the past', { deadline: '2020-01-01' }, 'deadline'],
    ['a TRL of 10', { trlRequired: 10 }, 'trlRequired'],
    ['an unknown category', { category: 'urgent' }, 'category'],
    ['an unknown technology field', { fields: ['XX-NOPE'] }, 'fields'],
    ['no technology field', { fields: [] }, 'fields'],
    ['an over-long title', { title: '难'.repeat(101) }, 'title'],
    ['a region outside GB/T 2260', { regionCode: '999999' }, 'regionCode'],
    ['a status set by the client', { status: 'published' }, 'status'],
    [
      'an owner set by the client',
      { organizationId: '00000000-0000-4000-8000-000000000000' },
      'organizationId',
    ],
    ['a confidential demand without teaser and NDA', { visibility: 'confidential' }, 'ndaText'],
    ['a negative budget', { budgetMinWan: -1 }, 'budgetMinWan'],
    ['a contact without a name', { contact: { phone: '123' } }, 'contact.name'],
    ['an amount JSON writes with an exponent', { budgetMaxWan: 3e-323 }, 'budgetMaxWan'],
    ['a NUL byte in the title', { title: '标题\u0000' }, 'title'],
  ])('refuses %s and creates nothing', async (_, patch, field) => {
    const before = await demandCount();
    const response = await api()
      .post('/api/v1/demands')
      .set(as(owner, ownerOrg))
      .send(demandBody(patch))
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await demandCount()).toBe(before);
  });

  it('needs an acting organization', async () => {
    const response = await api().post('/api/v1/demands').set(as(owner)).send(demandBody()).expect(400);
    expect(response.body.type).toMatch(/organization-context-required$/);
  });

  it('refuses to change visibility or status through an update body', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    await api()
      .patch(`/api/v1/demands/${id}`)
      .set(as(owner))
      .send({ visibility: 'confidential' })
      .expect(400);
    await api().patch(`/api/v1/demands/${id}`).set(as(owner)).send({ status: 'published' }).expect(400);
    const updated = await api()
      .patch(`/api/v1/demands/${id}`)
      .set(as(owner))
      .send({ title: '新标题' })
      .expect(200);
    expect(updated.body).toMatchObject({ title: '新标题', status: 'draft', visibility: 'public' });
  });

  it('lets only members of the owning organization edit', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    await api().patch(`/api/v1/demands/${id}`).set(as(other)).send({ title: '篡改' }).expect(404);
    await publishDemand(app, owner, moderator, id);
    await api().patch(`/api/v1/demands/${id}`).set(as(other)).send({ title: '篡改' }).expect(403);
    await api().patch(`/api/v1/demands/${id}`).set(as(moderator)).send({ title: '篡改' }).expect(403);
  });
});

describe('the review workflow', () => {
  it('goes from draft through review to published, announcing it in the outbox and the audit log', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    await api().post(`/api/v1/demands/${id}/publish`).set(as(owner)).expect(403);
    await api().post(`/api/v1/demands/${id}/submit`).set(as(owner)).expect(200);
    const queue = await api().get('/api/v1/demands/review-queue').set(as(moderator)).expect(200);
    expect(queue.body.map((d: { id: string }) => d.id)).toContain(id);
    await api().get('/api/v1/demands/review-queue').set(as(owner)).expect(404);
    const published = await api().post(`/api/v1/demands/${id}/publish`).set(as(moderator)).expect(200);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    await api().post(`/api/v1/demands/${id}/start`).set(as(owner)).expect(200);
    await api().post(`/api/v1/demands/${id}/solve`).set(as(owner)).expect(200);
    expect(await events(id)).toEqual(['demand.published', 'demand.updated', 'demand.closed']);
    const audit = await app.dataSource.query(
      'SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'demand.created',
      'demand.submit',
      'demand.publish',
      'demand.start',
      'demand.solve',
    ]);
  });

  it('returns a rejected demand to its owner with the reason, and lets them resubmit', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    await api().post(`/api/v1/demands/${id}/submit`).set(as(owner)).expect(200);
    await api().post(`/api/v1/demands/${id}/reject`).set(as(moderator)).send({}).expect(400);
    await api()
      .post(`/api/v1/demands/${id}/reject`)
      .set(as(moderator))
      .send({ reason: '请补充技术指标' })
      .expect(200);
    const mine = await api().get(`/api/v1/demands/${id}`).set(as(owner)).expect(200);
    expect(mine.body).toMatchObject({ status: 'rejected', rejectionReason: '请补充技术指标' });
    await api().get(`/api/v1/demands/${id}`).set(as(other)).expect(404);
    await api().post(`/api/v1/demands/${id}/submit`).set(as(owner)).expect(200);
  });

  it('refuses a step the current status does not allow', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    const response = await api().post(`/api/v1/demands/${id}/solve`).set(as(owner)).expect(409);
    expect(response.body.type).toMatch(/invalid-transition$/);
  });

  it('expires published demands past their deadline', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    await publishDemand(app, owner, moderator, id);
    await app.dataSource.query(`UPDATE demands SET deadline = current_date - 1 WHERE id = $1`, [id]);
    const { DemandService } = await import('#postings');
    expect(await app.api.get(DemandService).expireOverdue()).toBeGreaterThanOrEqual(1);
    const after = await api().get(`/api/v1/demands/${id}`).set(as(owner)).expect(200);
    expect(after.body.status).toBe('expired');
    expect(await events(id)).toEqual(['demand.published', 'demand.closed']);
  });
});

describe('visibility and confidential access', () => {
  it('hides drafts and registered-only demands from anonymous visitors', async () => {
    const draft = await createDemand(app, owner, ownerOrg);
    const registered = await createDemand(app, owner, ownerOrg, { visibility: 'registered' });
    await publishDemand(app, owner, moderator, registered);
    await api().get(`/api/v1/demands/${draft}`).expect(404);
    await api().get(`/api/v1/demands/${registered}`).expect(404);
    await api().get(`/api/v1/demands/${registered}`).set(as(other)).expect(200);
    const board = await api().get('/api/v1/demands').query({ limit: 100 }).expect(200);
    const ids = board.body.items.map((d: { id: string }) => d.id);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(registered);
  });

  it('shows a confidential demand as a teaser until the owner grants access, and again after revoking', async () => {
    const id = await createDemand(app, owner, ownerOrg, {
      visibility: 'confidential',
      teaser: '某动力电池企业寻求正极材料改性方案',
      ndaText: '未经书面许可不得向第三方披露本需求的任何内容。',
      description: '绝密：我们的 NCM811 配方与良率数据……',
    });
    await publishDemand(app, owner, moderator, id);

    const teaser = await api().get(`/api/v1/demands/${id}`).set(as(other, otherOrg)).expect(200);
    expect(teaser.body).toMatchObject({
      redacted: true,
      description: null,
      contact: null,
      organizationName: null,
      regionCode: '320000',
    });
    expect(JSON.stringify(teaser.body)).not.toContain('绝密');
    const anonymousBoard = await api().get('/api/v1/demands').query({ limit: 100 }).expect(200);
    expect(JSON.stringify(anonymousBoard.body)).not.toContain('绝密');
    const search = await api().get('/api/v1/demands').query({ q: '绝密' }).expect(200);
    expect(search.body.items).toEqual([]);

    await api()
      .post(`/api/v1/demands/${id}/access-requests`)
      .set(as(other, otherOrg))
      .send({ ndaAccepted: false })
      .expect(400);
    const requested = await api()
      .post(`/api/v1/demands/${id}/access-requests`)
      .set(as(other, otherOrg))
      .send({ ndaAccepted: true, message: '我所有相关包覆技术' })
      .expect(201);
    await api()
      .post(`/api/v1/demands/${id}/access-requests`)
      .set(as(other, otherOrg))
      .send({ ndaAccepted: true })
      .expect(409);
    await api()
      .post(`/api/v1/demands/${id}/access-requests/${requested.body.id}/grant`)
      .set(as(other, otherOrg))
      .expect(403);

    const list = await api().get(`/api/v1/demands/${id}/access-requests`).set(as(owner)).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ organizationName: '中国科学院宁波材料所', status: 'pending' }),
    ]);
    await api()
      .post(`/api/v1/demands/${id}/access-requests/${requested.body.id}/grant`)
      .set(as(owner))
      .expect(200);
    const full = await api().get(`/api/v1/demands/${id}`).set(as(other, otherOrg)).expect(200);
    expect(full.body).toMatchObject({
      redacted: false,
      description: expect.stringContaining('绝密'),
      accessRequest: { status: 'granted' },
    });
    const [nda] = await app.dataSource.query('SELECT nda_text_accepted FROM access_requests WHERE id = $1', [
      requested.body.id,
    ]);
    expect(nda.nda_text_accepted).toBe('未经书面许可不得向第三方披露本需求的任何内容。');

    await api()
      .post(`/api/v1/demands/${id}/access-requests/${requested.body.id}/revoke`)
      .set(as(owner))
      .expect(200);
    const again = await api().get(`/api/v1/demands/${id}`).set(as(other, otherOrg)).expect(200);
    expect(again.body.redacted).toBe(true);
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [requested.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'demand.access-requested',
      'demand.access-granted',
      'demand.access-revoked',
    ]);
  });

  it('lets only verified organizations ask for access', async () => {
    const id = await createDemand(app, owner, ownerOrg, {
      visibility: 'confidential',
      teaser: '摘要',
      ndaText: '保密协议',
    });
    await publishDemand(app, owner, moderator, id);
    const stranger = await signUp(app);
    const unverified = await createOrganization(app, stranger);
    await api()
      .post(`/api/v1/demands/${id}/access-requests`)
      .set(as(stranger, unverified))
      .send({ ndaAccepted: true })
      .expect(403);
    await api()
      .post(`/api/v1/demands/${id}/access-requests`)
      .set(as(owner, ownerOrg))
      .send({ ndaAccepted: true })
      .expect(409);
  });
});

describe('the public 难题榜', () => {
  it('filters by category, province and field, and pages with keyset cursors without repeats', async () => {
    const board = await signUp(app);
    const boardOrg = await createOrganization(app, board);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = await createDemand(app, board, boardOrg, {
        category: 'efficiency',
        regionCode: '440305',
        fields: ['IT-VISION'],
        title: `机器视觉缺陷检测 ${i}`,
      });
      await publishDemand(app, board, moderator, id);
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await api()
        .get('/api/v1/demands')
        .query({
          category: 'efficiency',
          regionCode: '440000',
          field: 'IT',
          limit: 2,
          ...(cursor ? { cursor } : {}),
        })
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('sorts by views', async () => {
    const id = await createDemand(app, owner, ownerOrg, { title: '最热需求' });
    await publishDemand(app, owner, moderator, id);
    for (let i = 0; i < 3; i += 1) await api().get(`/api/v1/demands/${id}`).expect(200);
    const board = await api().get('/api/v1/demands').query({ sort: 'views', limit: 100 }).expect(200);
    const counts = board.body.items.map((d: { viewCount: number }) => d.viewCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(board.body.items).toContainEqual(expect.objectContaining({ id, viewCount: 3 }));
  });

  it('lists every status of the acting organization’s own demands', async () => {
    const id = await createDemand(app, owner, ownerOrg);
    const mine = await api()
      .get('/api/v1/demands')
      .query({ mine: 'true', limit: 100 })
      .set(as(owner, ownerOrg))
      .expect(200);
    expect(mine.body.items.map((d: { id: string }) => d.id)).toContain(id);
    await api().get('/api/v1/demands').query({ mine: 'true' }).expect(400);
  });

  it.each([
    ['a forged cursor', { cursor: 'not-a-cursor' }, 'cursor'],
    ['an unknown sort', { sort: 'random' }, 'sort'],
    ['a page size of 1000', { limit: '1000' }, 'limit'],
    ['a non-numeric page size', { limit: 'many' }, 'limit'],
  ])('refuses %s', async (_, query, field) => {
    const response = await api().get('/api/v1/demands').query(query).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
