import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { CATALOGUE_KINDS, type CatalogueKindName } from '../support/catalogue.js';
import { moderatorOf, party, publishedPosting, type PublishedPosting } from '../support/factories.js';
import { signUp, type Party, type SignedInUser } from '../support/http.js';
import { eventually } from '../support/search.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { pdfFile } from '../fixtures/files.js';

/**
 * Access requests for every confidential kind (issue 16): an achievement, a project and an expert profile
 * behave as a demand does — teaser → request with the NDA → grant, refuse, revoke — with the same audit.
 * Each answer the requester gets is scanned for markers planted in the hidden fields, before and after the
 * grant; the owner hears of the request and the requester of the decision (in-app, email, webhook).
 */
const KINDS = ['achievement', 'project', 'expert'] as const satisfies readonly CatalogueKindName[];
type Kind = (typeof KINDS)[number];

let app: TestApp;
let receiver: WebhookReceiver;
let moderator: SignedInUser;
/** A verified enterprise that asks, and another verified organization that never holds a grant. */
let requester: Party;
let other: Party;
const postings = {} as Record<Kind, PublishedPosting & { marker: string; fileId: string }>;

const api = () => request(app.baseUrl);
const as = (who: Party) => ({ Authorization: `Bearer ${who.user.token}`, 'X-Organization-Id': who.org });
const path = (kind: Kind) => CATALOGUE_KINDS[kind].path;
const NDA = { ndaAccepted: true, message: '希望评估合作' };

/** Every answer the requester reads of a posting: detail, the list, a text search, its files. */
async function answersOf(kind: Kind, who: Party): Promise<string> {
  const { id, marker } = postings[kind];
  const detail = await api()
    .get(`/api/v1/${path(kind)}/${id}`)
    .set(as(who))
    .expect(200);
  const list = await api()
    .get(`/api/v1/${path(kind)}`)
    .set(as(who))
    .expect(200);
  const found = await api()
    .get(`/api/v1/${path(kind)}`)
    .query({ q: marker })
    .set(as(who))
    .expect(200);
  const files = await api()
    .get(`/api/v1/${path(kind)}/${id}/files`)
    .set(as(who));
  return JSON.stringify([detail.body, list.body, found.body, files.status, files.body]);
}

async function noticesOf(who: Party, kind: string): Promise<{ title: string; body: string; link: string }[]> {
  const response = await api().get('/api/v1/notifications').set(as(who)).expect(200);
  return (
    response.body as { items: { kind: string; title: string; body: string; link: string }[] }
  ).items.filter((item) => item.kind === kind);
}

const mailTo = (who: Party, subject: string) =>
  app.mailbox.messages.filter((m) => m.to.includes(who.user.email) && m.subject.includes(subject));

const hooksOf = (hookPath: string, event: string) =>
  receiver.received
    .filter((hit) => hit.path === hookPath)
    .map((hit) => JSON.parse(hit.body) as { event: string; data: { facts: Record<string, unknown> } })
    .filter((body) => body.event === event);

async function webhook(who: Party, hookPath: string): Promise<void> {
  await api()
    .post('/api/v1/webhooks')
    .set(as(who))
    .send({ url: receiver.url(hookPath) })
    .expect(201);
}

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  receiver = await startWebhookReceiver();
  moderator = await moderatorOf(app);
  requester = await party(app, 'enterprise', { verified: true });
  other = await party(app, 'investor', { verified: true });
  await webhook(requester, '/requester');
  for (const kind of KINDS) {
    const marker = `ZZHIDDEN${kind.toUpperCase()}`;
    const owner = await party(app, CATALOGUE_KINDS[kind].ownerType as never, { verified: true });
    const posting = await publishedPosting(app, kind, {
      owner,
      body: {
        visibility: 'confidential',
        teaser: `保密${kind}，详情需授权`,
        [CATALOGUE_KINDS[kind].bodyField]: `核心内容${marker}仅授权可见的详细说明文字`,
      },
    });
    const upload = await api()
      .post(`/api/v1/${path(kind)}/${posting.id}/files`)
      .set(as(owner))
      .field('purpose', 'specification')
      .attach('file', pdfFile(marker), 'spec.pdf')
      .expect(201);
    await webhook(owner, `/owner-${kind}`);
    postings[kind] = { ...posting, marker, fileId: (upload.body as { id: string }[])[0]!.id };
  }
}, 240_000);

afterAll(async () => {
  await app.close();
  await receiver.close();
});

describe.each(KINDS)('access requests to a confidential %s', (kind) => {
  it('answers each caller as it should before anything is asked (authorization matrix)', async () => {
    const { id, owner } = postings[kind];
    const route = `/api/v1/${path(kind)}/${id}/access-requests`;
    const noOrg = await signUp(app);
    const unverified = await party(app, 'enterprise');
    await api().post(route).send(NDA).expect(401);
    await api().get(route).expect(401);
    await api().post(route).auth(noOrg.token, { type: 'bearer' }).send(NDA).expect(400);
    expect((await api().post(route).set(as(unverified)).send(NDA).expect(403)).body.type).toContain(
      'organization-not-verified',
    );
    expect((await api().post(route).set(as(owner)).send(NDA).expect(409)).body.type).toContain(`own-${kind}`);
    const refused = await api().post(route).set(as(requester)).send({ message: 'x' }).expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'ndaAccepted' })]),
    );
    // Only the owner reads the requests: a reader of the teaser is refused, the owner sees none yet.
    await api().get(route).set(as(requester)).expect(403);
    expect((await api().get(route).set(as(owner)).expect(200)).body).toEqual([]);
    await api()
      .post(`/api/v1/${path(kind)}/00000000-0000-4000-8000-000000000000/access-requests`)
      .set(as(requester))
      .send(NDA)
      .expect(404);
  });

  it('keeps the hidden content from the requester until the grant, shows it after, hides it again on revoke', async () => {
    const { id, owner, marker, fileId } = postings[kind];
    const route = `/api/v1/${path(kind)}/${id}/access-requests`;
    expect(await answersOf(kind, requester)).not.toContain(marker);
    await api()
      .get(`/api/v1/${path(kind)}/${id}/files/${fileId}`)
      .set(as(requester))
      .expect(404);

    const asked = await api().post(route).set(as(requester)).send(NDA).expect(201);
    expect(asked.body).toMatchObject({ status: 'pending' });
    await api().post(route).set(as(requester)).send(NDA).expect(409);
    const detail = await api()
      .get(`/api/v1/${path(kind)}/${id}`)
      .set(as(requester))
      .expect(200);
    expect(detail.body).toMatchObject({
      redacted: true,
      accessRequest: { id: asked.body.id, status: 'pending' },
    });
    expect(detail.body.ndaText).toContain('保密');
    expect(await answersOf(kind, requester)).not.toContain(marker);

    const requestRoute = (action: string) => `${route}/${asked.body.id}/${action}`;
    await api().post(requestRoute('grant')).expect(401);
    await api().post(requestRoute('grant')).set(as(requester)).expect(403);
    await api().post(requestRoute('grant')).set(as(other)).expect(403);
    const granted = await api().post(requestRoute('grant')).set(as(owner)).expect(200);
    expect(granted.body).toMatchObject({ status: 'granted', organizationId: requester.org });
    await api().post(requestRoute('grant')).set(as(owner)).expect(409);

    const after = await answersOf(kind, requester);
    expect(after).toContain(marker);
    await api()
      .get(`/api/v1/${path(kind)}/${id}/files/${fileId}`)
      .set(as(requester))
      .expect(200);
    // The grant is the requester's alone.
    expect(await answersOf(kind, other)).not.toContain(marker);

    await api().post(requestRoute('revoke')).set(as(requester)).expect(403);
    await api().post(requestRoute('revoke')).set(as(owner)).expect(200);
    expect(await answersOf(kind, requester)).not.toContain(marker);
    await api()
      .get(`/api/v1/${path(kind)}/${id}/files/${fileId}`)
      .set(as(requester))
      .expect(404);

    const audit = await app.dataSource.query<{ action: string }[]>(
      'SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [asked.body.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      `${kind}.access-requested`,
      `${kind}.access-granted`,
      `${kind}.access-revoked`,
    ]);
  });

  it('tells the owner of a request and the requester of each decision, in-app, by email and webhook', async () => {
    const { id, owner, marker } = postings[kind];
    await eventually(async () => {
      const notices = await noticesOf(owner, 'access-requested');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.link).toBe(`/${path(kind)}/${id}`);
      expect(notices[0]!.body).toContain('希望评估合作');
      expect(mailTo(owner, '申请查看')).toHaveLength(1);
      expect(hooksOf(`/owner-${kind}`, 'access-requested')).toHaveLength(1);
    });
    await eventually(async () => {
      const notices = await noticesOf(requester, 'access-decided');
      const mine = notices.filter((notice) => notice.link === `/${path(kind)}/${id}`);
      expect(mine.map((notice) => notice.title).sort()).toEqual(['查看申请已同意', '查看申请已撤销']);
      expect(mailTo(requester, '查看申请').length).toBeGreaterThanOrEqual(2);
      const hooks = hooksOf('/requester', 'access-decided').filter(
        (body) => body.data.facts.postingId === id,
      );
      expect(hooks.map((body) => body.data.facts.status).sort()).toEqual(['granted', 'revoked']);
    });
    // Nothing the requester was told carries the hidden content.
    const told = JSON.stringify([
      await noticesOf(requester, 'access-decided'),
      mailTo(requester, '查看申请').map((m) => [m.subject, m.text, m.html]),
      hooksOf('/requester', 'access-decided'),
    ]);
    expect(told).not.toContain(marker);
  });

  it('refuses with a reason the other organization is told', async () => {
    const { id, owner } = postings[kind];
    const route = `/api/v1/${path(kind)}/${id}/access-requests`;
    const asked = await api().post(route).set(as(other)).send({ ndaAccepted: true }).expect(201);
    await api()
      .post(`${route}/${asked.body.id}/refuse`)
      .set(as(owner))
      .send({ reason: '暂不对外开放' })
      .expect(200);
    await api().post(`${route}/${asked.body.id}/revoke`).set(as(owner)).expect(409);
    const listed = (await api().get(route).set(as(owner)).expect(200)).body as { status: string }[];
    expect(listed.map((r) => r.status).sort()).toEqual(['refused', 'revoked']);
    await eventually(async () => {
      const notices = (await noticesOf(other, 'access-decided')).filter(
        (n) => n.link === `/${path(kind)}/${id}`,
      );
      expect(notices).toHaveLength(1);
      expect(notices[0]!.body).toContain('暂不对外开放');
    });
  });
});

describe('the demand routes', () => {
  it('keep their shape: request, grant and the same audit under the one table', async () => {
    const demand = await publishedPosting(app, 'demand', {
      body: { visibility: 'confidential', teaser: '某新能源企业的保密需求', ndaText: '保密协议全文' },
    });
    const route = `/api/v1/demands/${demand.id}/access-requests`;
    const asked = await api().post(route).set(as(requester)).send(NDA).expect(201);
    await api().post(`${route}/${asked.body.id}/grant`).set(as(demand.owner)).expect(200);
    const [row] = await app.dataSource.query<{ posting_kind: string; nda_text_accepted: string }[]>(
      'SELECT posting_kind, nda_text_accepted FROM access_requests WHERE id = $1',
      [asked.body.id],
    );
    expect(row).toEqual({ posting_kind: 'demand', nda_text_accepted: '保密协议全文' });
    const audit = await app.dataSource.query<{ action: string; data: { demandId: string } }[]>(
      'SELECT action, data FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [asked.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['demand.access-requested', 'demand.access-granted']);
    expect(audit[0]!.data.demandId).toBe(demand.id);
    expect(
      (await api().get(`/api/v1/demands/${demand.id}`).set(as(requester)).expect(200)).body.redacted,
    ).toBe(false);
    void moderator;
  });
});

describe('owners told of 揭榜 proposals and moderation, proposers of the outcome', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('tells the demand owner of a proposal and each proposer of its outcome', async () => {
    const demand = await publishedPosting(app, 'demand');
    await webhook(demand.owner, '/challenge-owner');
    await api()
      .post(`/api/v1/demands/${demand.id}/challenge`)
      .set(as(demand.owner))
      .send({ awardWan: 200, deadline: inDays(20), criteria: [{ name: '技术先进性', weight: 100 }] })
      .expect(201);
    const proposal = (summary: string) => ({
      summary,
      approach: '分阶段验证',
      team: '博士 2 名',
      costWan: 50,
      durationDays: 90,
    });
    const winner = await party(app, 'university', { verified: true });
    const loser = await party(app, 'university', { verified: true });
    await webhook(winner, '/winner');
    const won = await api()
      .post(`/api/v1/demands/${demand.id}/challenge/proposals`)
      .set(as(winner))
      .send(proposal('胜出方案'))
      .expect(201);
    await api()
      .post(`/api/v1/demands/${demand.id}/challenge/proposals`)
      .set(as(loser))
      .send(proposal('落选方案'))
      .expect(201);
    await eventually(async () => {
      const notices = await noticesOf(demand.owner, 'proposal-received');
      expect(notices.map((n) => n.body).sort()).toEqual([
        expect.stringContaining('胜出方案'),
        expect.stringContaining('落选方案'),
      ]);
      expect(mailTo(demand.owner, '提交了揭榜方案')).toHaveLength(2);
      expect(hooksOf('/challenge-owner', 'proposal-received')).toHaveLength(2);
    });
    await api()
      .post(`/api/v1/demands/${demand.id}/challenge/proposals/${won.body.id}/award`)
      .set(as(demand.owner))
      .expect(200);
    await eventually(async () => {
      expect((await noticesOf(winner, 'proposal-decided')).map((n) => n.title)).toEqual(['揭榜方案中榜']);
      expect((await noticesOf(loser, 'proposal-decided')).map((n) => n.title)).toEqual(['揭榜方案未入选']);
      expect(mailTo(winner, '揭榜方案中榜')).toHaveLength(1);
      expect(hooksOf('/winner', 'proposal-decided').map((b) => b.data.facts.status)).toEqual(['awarded']);
    });
  });

  it('tells the owner of a rejection with its reason, and of the publication after resubmitting', async () => {
    const owner = await party(app, 'university', { verified: true });
    await webhook(owner, '/moderated');
    const created = await api()
      .post('/api/v1/achievements')
      .set(as(owner))
      .send(CATALOGUE_KINDS.achievement.body())
      .expect(201);
    const id = created.body.id as string;
    await api().post(`/api/v1/achievements/${id}/submit`).set(as(owner)).expect(200);
    await api()
      .post(`/api/v1/achievements/${id}/reject`)
      .auth(moderator.token, { type: 'bearer' })
      .send({ reason: '请补充专利证明' })
      .expect(200);
    await api().post(`/api/v1/achievements/${id}/submit`).set(as(owner)).expect(200);
    await api()
      .post(`/api/v1/achievements/${id}/publish`)
      .auth(moderator.token, { type: 'bearer' })
      .expect(200);
    await eventually(async () => {
      const notices = await noticesOf(owner, 'moderation-decided');
      expect(notices.map((n) => n.title).sort()).toEqual(['您的科技成果已发布', '您的科技成果未通过审核']);
      expect(notices.find((n) => n.title.includes('未通过'))!.body).toContain('请补充专利证明');
      expect(notices.every((n) => n.link === `/achievements/${id}`)).toBe(true);
      expect(mailTo(owner, '未通过审核')).toHaveLength(1);
      expect(mailTo(owner, '已发布')).toHaveLength(1);
      expect(
        hooksOf('/moderated', 'moderation-decided')
          .map((b) => b.data.facts.outcome)
          .sort(),
      ).toEqual(['published', 'rejected']);
    });
  });
});
