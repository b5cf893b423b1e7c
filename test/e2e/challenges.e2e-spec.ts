import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  createDemand,
  createOrganization,
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

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  ({ user: owner, org: ownerOrg } = await party(app));
  moderator = await moderatorOf(app);
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);
const as = (user: SignedInUser, organizationId?: string) => ({
  authorization: `Bearer ${user.token}`,
  ...(organizationId ? { 'x-organization-id': organizationId } : {}),
});
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const CALL = {
  awardWan: 500,
  deadline: inDays(30),
  criteria: [
    { name: '技术先进性', weight: 50 },
    { name: '实施可行性', weight: 30 },
    { name: '团队实力', weight: 20 },
  ],
};
const PROPOSAL = {
  summary: '表面包覆改性方案',
  approach: '采用原子层沉积 Al2O3 包覆……',
  team: '教授 1 名、博士 3 名',
  costWan: 120,
  durationDays: 180,
};

async function publishedDemand(patch: Record<string, unknown> = {}): Promise<string> {
  const id = await createDemand(app, owner, ownerOrg, patch);
  await publishDemand(app, owner, moderator, id);
  return id;
}

async function solver(): Promise<{ user: SignedInUser; org: string }> {
  const user = await signUp(app);
  const org = await createOrganization(app, user, { type: 'university' });
  await verifyOrganization(app, org);
  return { user, org };
}

describe('揭榜挂帅 open calls', () => {
  it('runs a call from opening to award, each party seeing only what it may', async () => {
    const demandId = await publishedDemand();
    const opened = await api()
      .post(`/api/v1/demands/${demandId}/challenge`)
      .set(as(owner))
      .send(CALL)
      .expect(201);
    expect(opened.body).toMatchObject({ awardWan: 500, status: 'open', proposalCount: 0 });
    await api().post(`/api/v1/demands/${demandId}/challenge`).set(as(owner)).send(CALL).expect(409);

    const a = await solver();
    const b = await solver();
    const pa = await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(a.user, a.org))
      .send(PROPOSAL)
      .expect(201);
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(a.user, a.org))
      .send(PROPOSAL)
      .expect(409);
    const pb = await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(b.user, b.org))
      .send({ ...PROPOSAL, summary: '掺杂改性方案' })
      .expect(201);

    const seenByA = await api()
      .get(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(a.user, a.org))
      .expect(200);
    expect(seenByA.body.map((p: { id: string }) => p.id)).toEqual([pa.body.id]);
    const anonymous = await api().get(`/api/v1/demands/${demandId}/challenge`).expect(200);
    expect(anonymous.body.proposalCount).toBe(2);
    expect(JSON.stringify(anonymous.body)).not.toContain('掺杂改性方案');

    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals/${pb.body.id}/score`)
      .set(as(owner))
      .send({ scores: { 技术先进性: 90, 实施可行性: 80, 团队实力: 70 } })
      .expect(200);
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals/${pa.body.id}/score`)
      .set(as(owner))
      .send({ scores: { 技术先进性: 60, 实施可行性: 70, 团队实力: 80 } })
      .expect(200);
    const ranked = await api()
      .get(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(owner))
      .expect(200);
    expect(ranked.body.map((p: { id: string; totalScore: number }) => [p.id, p.totalScore])).toEqual([
      [pb.body.id, 83],
      [pa.body.id, 67],
    ]);

    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals/${pb.body.id}/award`)
      .set(as(a.user, a.org))
      .expect(403);
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals/${pb.body.id}/shortlist`)
      .set(as(owner))
      .expect(200);
    const awarded = await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals/${pb.body.id}/award`)
      .set(as(owner))
      .expect(200);
    expect(awarded.body.status).toBe('awarded');
    const afterA = await api()
      .get(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(a.user, a.org))
      .expect(200);
    expect(afterA.body[0].status).toBe('declined');
    expect((await api().get(`/api/v1/demands/${demandId}/challenge`).expect(200)).body.status).toBe(
      'awarded',
    );
    const late = await solver();
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(late.user, late.org))
      .send(PROPOSAL)
      .expect(409);
  });

  it.each([
    ['weights that do not add up to 100', { criteria: [{ name: '技术', weight: 40 }] }, 'criteria'],
    [
      'repeated criteria',
      {
        criteria: [
          { name: '技术', weight: 50 },
          { name: '技术', weight: 50 },
        ],
      },
      'criteria',
    ],
    ['a past deadline', { deadline: '2020-01-01' }, 'deadline'],
    // The demand's own deadline is 90 days out.
    ['a deadline after the demand’s', { deadline: inDays(120) }, 'deadline'],
    ['a negative award', { awardWan: -1 }, 'awardWan'],
  ])('refuses a call with %s', async (_, patch, field) => {
    const demandId = await publishedDemand();
    const response = await api()
      .post(`/api/v1/demands/${demandId}/challenge`)
      .set(as(owner))
      .send({ ...CALL, ...patch })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    await api().get(`/api/v1/demands/${demandId}/challenge`).expect(404);
  });

  it('opens calls only on published demands, by their owner', async () => {
    const draft = await createDemand(app, owner, ownerOrg);
    await api().post(`/api/v1/demands/${draft}/challenge`).set(as(owner)).send(CALL).expect(409);
    const demandId = await publishedDemand();
    const stranger = await solver();
    await api()
      .post(`/api/v1/demands/${demandId}/challenge`)
      .set(as(stranger.user, stranger.org))
      .send(CALL)
      .expect(403);
  });

  it('leaves no proposal waiting on a call closed while it was submitted', async () => {
    const team = await solver();
    for (let round = 0; round < 16; round += 1) {
      const demandId = await publishedDemand();
      await api().post(`/api/v1/demands/${demandId}/challenge`).set(as(owner)).send(CALL).expect(201);
      // The proposal is sent first and the close a moment after it (varied by round): in some rounds the
      // proposal has found the call open but is not stored yet when the close declines those waiting.
      const [submitted, closed] = await Promise.all([
        api()
          .post(`/api/v1/demands/${demandId}/challenge/proposals`)
          .set(as(team.user, team.org))
          .send(PROPOSAL),
        sleep(round % 8).then(() => api().post(`/api/v1/demands/${demandId}/challenge/close`).set(as(owner))),
      ]);
      expect(closed.status).toBe(200);
      expect([201, 409]).toContain(submitted.status);
      const own = await api()
        .get(`/api/v1/demands/${demandId}/challenge/proposals`)
        .set(as(team.user, team.org))
        .expect(200);
      expect(own.body.map((p: { status: string }) => p.status)).toEqual(
        submitted.status === 201 ? ['declined'] : [],
      );
    }
  });

  it('lets only the owner close an open call, declining the proposals still waiting', async () => {
    const demandId = await publishedDemand();
    await api().post(`/api/v1/demands/${demandId}/challenge/close`).set(as(owner)).expect(404);
    await api().post(`/api/v1/demands/${demandId}/challenge`).set(as(owner)).send(CALL).expect(201);
    const team = await solver();
    const proposal = await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(team.user, team.org))
      .send(PROPOSAL)
      .expect(201);
    await api().post(`/api/v1/demands/${demandId}/challenge/close`).set(as(team.user, team.org)).expect(403);
    await api().post(`/api/v1/demands/${demandId}/challenge/close`).expect(401);
    const closed = await api().post(`/api/v1/demands/${demandId}/challenge/close`).set(as(owner)).expect(200);
    expect(closed.body.status).toBe('closed');
    await api().post(`/api/v1/demands/${demandId}/challenge/close`).set(as(owner)).expect(409);
    const own = await api()
      .get(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(team.user, team.org))
      .expect(200);
    expect(own.body).toEqual([expect.objectContaining({ id: proposal.body.id, status: 'declined' })]);
    const late = await solver();
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(late.user, late.org))
      .send(PROPOSAL)
      .expect(409);
  });

  /** A published confidential demand with an open call. */
  async function confidentialDemandWithCall(): Promise<string> {
    const demandId = await publishedDemand({
      visibility: 'confidential',
      teaser: '摘要',
      ndaText: '保密协议',
    });
    await api().post(`/api/v1/demands/${demandId}/challenge`).set(as(owner)).send(CALL).expect(201);
    return demandId;
  }

  it('takes proposals on a confidential demand only from organizations granted access', async () => {
    const demandId = await confidentialDemandWithCall();
    const s = await solver();
    // A teaser reader learns nothing of the call: it does not exist for them.
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(s.user, s.org))
      .send(PROPOSAL)
      .expect(404);
    const requested = await api()
      .post(`/api/v1/demands/${demandId}/access-requests`)
      .set(as(s.user, s.org))
      .send({ ndaAccepted: true })
      .expect(201);
    await api()
      .post(`/api/v1/demands/${demandId}/access-requests/${requested.body.id}/grant`)
      .set(as(owner))
      .expect(200);
    await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(s.user, s.org))
      .send(PROPOSAL)
      .expect(201);
  });

  it('shows a confidential demand’s call only to those who may read the demand in full', async () => {
    const demandId = await confidentialDemandWithCall();
    const s = await solver();
    const path = `/api/v1/demands/${demandId}/challenge`;
    // Anonymous and another organization without a grant: 404, like a demand they cannot read.
    const anonymous = await api().get(path).expect(404);
    expect(JSON.stringify(anonymous.body)).not.toContain('技术先进性');
    await api().get(path).set(as(s.user, s.org)).expect(404);
    await api().get(`${path}/proposals`).set(as(s.user, s.org)).expect(404);
    await api().get(path).set(as(owner)).expect(200);

    const requested = await api()
      .post(`/api/v1/demands/${demandId}/access-requests`)
      .set(as(s.user, s.org))
      .send({ ndaAccepted: true })
      .expect(201);
    const decide = (decision: string) =>
      api()
        .post(`/api/v1/demands/${demandId}/access-requests/${requested.body.id}/${decision}`)
        .set(as(owner))
        .expect(200);
    await decide('grant');
    const granted = await api().get(path).set(as(s.user, s.org)).expect(200);
    expect(granted.body).toMatchObject({ awardWan: 500, criteria: CALL.criteria });
    await decide('revoke');
    await api().get(path).set(as(s.user, s.org)).expect(404);
  });

  it('refuses a score that misses a criterion or leaves 0–100', async () => {
    const demandId = await publishedDemand();
    await api().post(`/api/v1/demands/${demandId}/challenge`).set(as(owner)).send(CALL).expect(201);
    const s = await solver();
    const p = await api()
      .post(`/api/v1/demands/${demandId}/challenge/proposals`)
      .set(as(s.user, s.org))
      .send(PROPOSAL)
      .expect(201);
    for (const scores of [
      { 技术先进性: 90 },
      { 技术先进性: 101, 实施可行性: 80, 团队实力: 70 },
      { 技术先进性: 'high', 实施可行性: 80, 团队实力: 70 },
    ]) {
      await api()
        .post(`/api/v1/demands/${demandId}/challenge/proposals/${p.body.id}/score`)
        .set(as(owner))
        .send({ scores })
        .expect(400);
    }
  });
});
