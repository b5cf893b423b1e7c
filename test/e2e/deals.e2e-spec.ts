import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND, matchBetween } from '../support/battery-match.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { as, awardBetween, daysAgo, dealBody } from '../support/deals.js';
import { eventually } from '../support/search.js';
import {
  createDemand,
  createOrganization,
  grantPlatformRole,
  publishDemand,
  signUp,
  type SignedInUser,
} from '../support/http.js';

/**
 * 成交 rules over the real API: a deal recorded from a match, a conversation or an award is confirmed by
 * the recorder's side and shown 待确认 to the other; it counts only once both confirmed; either side
 * disputes; an edit after confirmation waits for the other side; stages only move on; every change is
 * audited and written to the outbox; bad input is refused with field errors and changes nothing.
 */
let app: TestApp;
let eOwner: SignedInUser; // owner of the enterprise (buyer)
let uOwner: SignedInUser; // owner of the university (seller)
let uAdmin: SignedInUser;
let uMember: SignedInUser;
let both: SignedInUser; // an admin of both organizations
let stranger: SignedInUser;
let moderator: SignedInUser;
let enterprise: string;
let university: string;
let strangerOrg: string;
let matchId: string;
let conversationId: string;
let awardId: string;

interface Deal {
  id: string;
  status: 'pending' | 'confirmed' | 'disputed';
  counts: boolean;
  version: number;
  stage: string;
  stageDates: Record<string, string>;
  signedOn: string | null;
  contractValueWan: number;
  techTransactionWan: number | null;
  registrationNumber: string | null;
  buyer: { id: string; name: string; type: string; regionCode: string; confirmedAt: string | null };
  seller: { id: string; name: string; type: string; regionCode: string; confirmedAt: string | null };
  viewerSide: 'buyer' | 'seller' | null;
  awaitingViewer: boolean;
  dispute: { by: string; reason: string } | null;
  pendingChange: { terms: Record<string, unknown>; by: string } | null;
  actions: { confirm: boolean; dispute: boolean; edit: boolean; stage: boolean };
  source: { type: string; id: string } | null;
}

const api = () => request(app.baseUrl);
const fromMatch = () => ({ sourceType: 'match', sourceId: matchId });

async function record(
  user: SignedInUser,
  org: string,
  patch: Record<string, unknown> = {},
  source: { sourceType: string; sourceId: string } = fromMatch(),
): Promise<Deal> {
  return (
    await api()
      .post('/api/v1/deals')
      .set(as(user, org))
      .send(dealBody(source, enterprise, university, patch))
      .expect(201)
  ).body as Deal;
}

async function act(
  user: SignedInUser,
  org: string,
  id: string,
  action: 'confirm' | 'dispute' | 'stage',
  body: object = {},
  status = 200,
): Promise<Deal> {
  return (await api().post(`/api/v1/deals/${id}/${action}`).set(as(user, org)).send(body).expect(status))
    .body as Deal;
}

const read = async (user: SignedInUser, org: string, id: string) =>
  (await api().get(`/api/v1/deals/${id}`).set(as(user, org)).expect(200)).body as Deal;

/** What reporting will sum: deals both parties confirmed. */
async function counted(ids: string[]): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM deals WHERE status = 'confirmed' AND id = ANY($1)`,
    [ids],
  );
  return row!.n;
}

async function audit(
  id: string,
): Promise<{ action: string; organization_id: string; actor_user_id: string }[]> {
  return app.dataSource.query(
    `SELECT action, organization_id, actor_user_id FROM audit_log WHERE subject_type = 'deal' AND subject_id = $1
      ORDER BY occurred_at, id`,
    [id],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  [eOwner, uOwner, uAdmin, uMember, both, stranger, moderator] = await Promise.all(
    Array.from({ length: 7 }, () => signUp(app)),
  );
  await grantPlatformRole(app, moderator, 'moderator');
  enterprise = await createOrganization(app, eOwner, { type: 'enterprise', regionCode: '320115' });
  university = await createOrganization(app, uOwner, { type: 'university', regionCode: '330106' });
  strangerOrg = await createOrganization(app, stranger, { type: 'enterprise' });
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role)
     VALUES ($1, $2, 'admin'), ($1, $3, 'member'), ($1, $4, 'admin'), ($5, $4, 'admin')`,
    [university, uAdmin.id, uMember.id, both.id, enterprise],
  );
  const achievementId = await createPosting(app, 'achievement', uOwner, university, BATTERY_ACHIEVEMENT);
  await publishPosting(app, 'achievement', uOwner, moderator, achievementId);
  const demandId = await createDemand(app, eOwner, enterprise, BATTERY_DEMAND);
  await publishDemand(app, eOwner, moderator, demandId);
  matchId = await matchBetween(app, demandId, achievementId);
  conversationId = (
    await api().post(`/api/v1/matches/${matchId}/contact`).set(as(eOwner, enterprise)).send({}).expect(200)
  ).body.conversationId as string;
  awardId = await awardBetween(
    app,
    { user: eOwner, org: enterprise },
    { user: uOwner, org: university },
    moderator,
  );
});

afterAll(async () => {
  await app.close();
});

describe('confirmation by both parties', () => {
  it('counts a deal only once the other side confirms what the recorder’s side confirmed', async () => {
    const deal = await record(eOwner, enterprise);
    expect(deal).toMatchObject({
      status: 'pending',
      counts: false,
      viewerSide: 'buyer',
      awaitingViewer: false,
      source: { type: 'match', id: matchId },
      buyer: { id: enterprise, type: 'enterprise', regionCode: '320115' },
      seller: { id: university, type: 'university', regionCode: '330106', confirmedAt: null },
      contractValueWan: 120,
      techTransactionWan: 100,
      stage: 'signed',
    });
    expect(deal.buyer.confirmedAt).not.toBeNull();
    expect(await counted([deal.id])).toBe(0);

    // The other side sees it as 待确认, in its list and on its own.
    const theirs = (await api().get('/api/v1/deals').set(as(uOwner, university)).expect(200)).body as Deal[];
    expect(theirs.find((d) => d.id === deal.id)).toMatchObject({
      viewerSide: 'seller',
      awaitingViewer: true,
      actions: { confirm: true, dispute: true },
    });
    const pending = (await api().get('/api/v1/deals?status=pending').set(as(uOwner, university)).expect(200))
      .body as Deal[];
    expect(pending.map((d) => d.id)).toContain(deal.id);

    await act(eOwner, enterprise, deal.id, 'confirm', {}, 409);
    // A confirmation of a version the deal has left is refused rather than applied unseen.
    await act(uOwner, university, deal.id, 'confirm', { version: deal.version + 1 }, 409);
    const confirmed = await act(uOwner, university, deal.id, 'confirm', { version: deal.version });
    expect(confirmed).toMatchObject({ status: 'confirmed', counts: true, awaitingViewer: false });
    expect(await counted([deal.id])).toBe(1);
    await act(uAdmin, university, deal.id, 'confirm', {}, 409);

    expect(await audit(deal.id)).toEqual([
      { action: 'deal.created', organization_id: enterprise, actor_user_id: eOwner.id },
      { action: 'deal.confirmed', organization_id: university, actor_user_id: uOwner.id },
    ]);
    const events = await app.dataSource.query<{ payload: { dealId: string; version: number } }[]>(
      `SELECT payload FROM outbox_events WHERE type = 'deal.changed' AND payload->>'dealId' = $1 ORDER BY id`,
      [deal.id],
    );
    expect(events.map((e) => e.payload.version)).toEqual([1, 2]);
  });

  it('names the two organizations of a source to its parties only', async () => {
    const parties = await api()
      .get(`/api/v1/deals/source-parties?sourceType=match&sourceId=${matchId}`)
      .set(as(uOwner, university))
      .expect(200);
    expect(parties.body.organizations).toEqual([
      expect.objectContaining({ id: enterprise, mine: false }),
      expect.objectContaining({ id: university, mine: true }),
    ]);
    await api()
      .get(`/api/v1/deals/source-parties?sourceType=match&sourceId=${matchId}`)
      .set(as(stranger, strangerOrg))
      .expect(404);
  });

  it('records from a conversation and from an awarded 揭榜方案, by either side', async () => {
    const viaConversation = await record(
      uOwner,
      university,
      {},
      { sourceType: 'conversation', sourceId: conversationId },
    );
    expect(viaConversation).toMatchObject({ viewerSide: 'seller', source: { type: 'conversation' } });
    expect(viaConversation.seller.confirmedAt).not.toBeNull();
    expect(viaConversation.buyer.confirmedAt).toBeNull();
    const viaAward = await record(
      eOwner,
      enterprise,
      { kind: 'tech-development' },
      { sourceType: 'award', sourceId: awardId },
    );
    expect(viaAward).toMatchObject({ source: { type: 'award', id: awardId }, status: 'pending' });
    const ofMatch = (
      await api().get(`/api/v1/deals?sourceType=award&sourceId=${awardId}`).set(as(uOwner, university))
    ).body as Deal[];
    expect(ofMatch.map((d) => d.id)).toEqual([viaAward.id]);
  });

  it('lets a plain member record and move a deal but not confirm or dispute for the organization', async () => {
    const deal = await record(uMember, university);
    expect(deal.seller.confirmedAt).toBeNull();
    expect(deal.actions).toEqual({ confirm: false, dispute: false, edit: false, stage: true });
    await act(uMember, university, deal.id, 'confirm', {}, 403);
    await act(uMember, university, deal.id, 'dispute', { reason: '金额有误' }, 403);
    await act(eOwner, enterprise, deal.id, 'confirm');
    expect((await read(eOwner, enterprise, deal.id)).status).toBe('pending');
    expect((await act(uAdmin, university, deal.id, 'confirm')).status).toBe('confirmed');
  });

  it('refuses one person confirming for both sides', async () => {
    const deal = await record(both, enterprise);
    expect(deal.buyer.confirmedAt).not.toBeNull();
    await act(both, university, deal.id, 'confirm', {}, 409);
    expect((await read(uOwner, university, deal.id)).status).toBe('pending');
  });
});

describe('telling the other side', () => {
  async function dealNotices(
    user: SignedInUser,
    projectName: string,
  ): Promise<{ title: string; body: string }[]> {
    const response = await api().get('/api/v1/notifications').set(as(user)).expect(200);
    return (
      response.body as { items: { kind: string; title: string; body: string; link: string }[] }
    ).items.filter((item) => item.kind === 'deal-changed' && item.title.includes(projectName));
  }

  it('tells the other organization of each change in-app and by email, and never the one who made it', async () => {
    const projectName = '锂电池正极材料包覆技术开发';
    const deal = await record(eOwner, enterprise, { projectName });
    await eventually(async () => {
      const notices = await dealNotices(uAdmin, projectName);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.body).toContain('请核对后确认');
    });
    const mail = await app.mailbox.waitFor(uOwner.email, `成交更新 | Deal update: ${projectName}`);
    expect(mail.text).toContain(projectName);
    expect(mail.text).toContain('120万元');
    expect(mail.text).toContain('/deals');

    await act(uOwner, university, deal.id, 'confirm');
    await eventually(async () => expect(await dealNotices(eOwner, projectName)).toHaveLength(1));
    // The enterprise's owner recorded it and the university's owner confirmed it: neither hears of
    // their own step, and the university side hears once, of the recording.
    expect(await dealNotices(uOwner, projectName)).toHaveLength(1);
    expect(await dealNotices(uAdmin, projectName)).toHaveLength(1);
  });
});

describe('disputes', () => {
  it('stops a confirmed deal counting until both confirm again, and tells the other side why', async () => {
    const deal = await record(eOwner, enterprise);
    await act(uOwner, university, deal.id, 'confirm');
    await act(uAdmin, university, deal.id, 'dispute', {}, 400);
    const disputed = await act(uAdmin, university, deal.id, 'dispute', { reason: '合同金额应为 100 万元' });
    expect(disputed).toMatchObject({ status: 'disputed', counts: false });
    expect(await counted([deal.id])).toBe(0);
    expect(await read(eOwner, enterprise, deal.id)).toMatchObject({
      dispute: { by: 'seller', reason: '合同金额应为 100 万元' },
      awaitingViewer: false,
    });
    await act(eOwner, enterprise, deal.id, 'dispute', { reason: '再次异议' }, 409);
    await act(eOwner, enterprise, deal.id, 'stage', { stage: 'performing', on: daysAgo(0) }, 409);

    const settled = await act(uAdmin, university, deal.id, 'confirm');
    expect(settled).toMatchObject({ status: 'confirmed', counts: true, dispute: null });
    expect((await audit(deal.id)).map((e) => e.action)).toEqual([
      'deal.created',
      'deal.confirmed',
      'deal.disputed',
      'deal.confirmed',
    ]);
  });
});

describe('edits', () => {
  it('applies an edit before confirmation and asks the other side to confirm the new terms', async () => {
    const deal = await record(eOwner, enterprise);
    const edited = (
      await api()
        .patch(`/api/v1/deals/${deal.id}`)
        .set(as(uOwner, university))
        .send({ contractValueWan: 150 })
        .expect(200)
    ).body as Deal;
    expect(edited).toMatchObject({ contractValueWan: 150, status: 'pending', pendingChange: null });
    expect(edited.seller.confirmedAt).not.toBeNull();
    expect(edited.buyer.confirmedAt).toBeNull();
    expect((await read(eOwner, enterprise, deal.id)).awaitingViewer).toBe(true);
  });

  it('holds an edit after confirmation as a proposal until the other side confirms it', async () => {
    const deal = await record(eOwner, enterprise);
    await act(uOwner, university, deal.id, 'confirm');
    const proposed = (
      await api()
        .patch(`/api/v1/deals/${deal.id}`)
        .set(as(eOwner, enterprise))
        .send({ contractValueWan: 200, registrationNumber: '2026320100004321' })
        .expect(200)
    ).body as Deal;
    expect(proposed).toMatchObject({
      contractValueWan: 120,
      registrationNumber: null,
      status: 'confirmed',
      counts: true,
      pendingChange: {
        by: 'buyer',
        terms: { contractValueWan: 200, registrationNumber: '2026320100004321' },
      },
    });
    const seen = await read(uOwner, university, deal.id);
    expect(seen).toMatchObject({ awaitingViewer: true, actions: { confirm: true, edit: false } });
    await api()
      .patch(`/api/v1/deals/${deal.id}`)
      .set(as(uOwner, university))
      .send({ termMonths: 12 })
      .expect(409);
    await act(eOwner, enterprise, deal.id, 'confirm', {}, 409);

    const applied = await act(uOwner, university, deal.id, 'confirm', { version: seen.version });
    expect(applied).toMatchObject({
      contractValueWan: 200,
      registrationNumber: '2026320100004321',
      pendingChange: null,
      status: 'confirmed',
    });
    const [row] = await app.dataSource.query<{ contract_value_yuan: string }[]>(
      `SELECT contract_value_yuan FROM deals WHERE id = $1`,
      [deal.id],
    );
    expect(row!.contract_value_yuan).toBe('2000000');
    expect((await audit(deal.id)).map((e) => e.action)).toEqual([
      'deal.created',
      'deal.confirmed',
      'deal.change-proposed',
      'deal.change-confirmed',
    ]);
    const history = (
      await api().get(`/api/v1/deals/${deal.id}/history`).set(as(uMember, university)).expect(200)
    ).body as { action: string; side: string; version: number; terms: Record<string, unknown> | null }[];
    expect(history.map(({ action, side, version }) => [action, side, version])).toEqual([
      ['created', 'buyer', 1],
      ['confirmed', 'seller', 2],
      ['change-proposed', 'buyer', 3],
      ['change-confirmed', 'seller', 4],
    ]);
    // Money in the API's 万元, as on the deal, never the stored 元.
    expect(history[2]!.terms).toEqual({ contractValueWan: 200, registrationNumber: '2026320100004321' });
    expect(history[0]!.terms).toMatchObject({ contractValueWan: 120, kind: expect.any(String) });
  });

  it('drops a proposed change the other side disputes', async () => {
    const deal = await record(eOwner, enterprise);
    await act(uOwner, university, deal.id, 'confirm');
    await api()
      .patch(`/api/v1/deals/${deal.id}`)
      .set(as(eOwner, enterprise))
      .send({ contractValueWan: 999 })
      .expect(200);
    const disputed = await act(uOwner, university, deal.id, 'dispute', { reason: '不同意修改金额' });
    expect(disputed).toMatchObject({ status: 'disputed', pendingChange: null, contractValueWan: 120 });
  });
});

describe('stages', () => {
  it('moves forwards with dates, sets the signing date on 签约 and never goes back', async () => {
    const deal = await record(eOwner, enterprise, {
      stage: 'intent',
      stageOn: daysAgo(30),
      signedOn: undefined,
    });
    expect(deal).toMatchObject({ stage: 'intent', signedOn: null, stageDates: { intent: daysAgo(30) } });
    await act(uMember, university, deal.id, 'stage', { stage: 'negotiation', on: daysAgo(20) });
    const signed = await act(eOwner, enterprise, deal.id, 'stage', { stage: 'signed', on: daysAgo(10) });
    expect(signed).toMatchObject({ stage: 'signed', signedOn: daysAgo(10) });
    const back = await api()
      .post(`/api/v1/deals/${deal.id}/stage`)
      .set(as(eOwner, enterprise))
      .send({ stage: 'negotiation', on: daysAgo(0) })
      .expect(400);
    expect(back.body.errors).toEqual([
      expect.objectContaining({ field: 'stage', code: 'stage-not-forward' }),
    ]);
    const early = await api()
      .post(`/api/v1/deals/${deal.id}/stage`)
      .set(as(eOwner, enterprise))
      .send({ stage: 'performing', on: daysAgo(11) })
      .expect(400);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ field: 'on', code: 'before-previous-stage' }),
      expect.objectContaining({ field: 'signedOn', code: 'after-stage-date' }),
    ]);
    const done = await act(uOwner, university, deal.id, 'stage', { stage: 'completed', on: daysAgo(0) });
    expect(done.stageDates).toEqual({
      intent: daysAgo(30),
      negotiation: daysAgo(20),
      signed: daysAgo(10),
      completed: daysAgo(0),
    });
    await act(uOwner, university, deal.id, 'stage', { stage: 'terminated', on: daysAgo(0) }, 400);
    expect((await audit(deal.id)).filter((e) => e.action === 'deal.stage')).toHaveLength(3);
  });
});

describe('bad input', () => {
  async function rowCounts() {
    const [row] = await app.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM deals)::int AS deals,
              (SELECT count(*) FROM audit_log WHERE subject_type = 'deal')::int AS audit,
              (SELECT count(*) FROM outbox_events WHERE type = 'deal.changed')::int AS outbox`,
    );
    return row!;
  }
  const create = (patch: Record<string, unknown>, user = eOwner, org = enterprise) =>
    api()
      .post('/api/v1/deals')
      .set(as(user, org))
      .send(dealBody(fromMatch(), enterprise, university, patch));

  const CASES: { name: string; send: () => request.Test; field: string; code?: string }[] = [
    {
      name: 'a registration number of 15 digits',
      send: () => create({ registrationNumber: '202632010000123' }),
      field: 'registrationNumber',
      code: 'isRegistrationNumber',
    },
    {
      name: 'a registration number of 16 characters that are not all digits',
      send: () => create({ registrationNumber: '2026A20100001234' }),
      field: 'registrationNumber',
      code: 'isRegistrationNumber',
    },
    {
      name: 'a signing date in the future',
      send: () => create({ signedOn: daysAgo(-2) }),
      field: 'signedOn',
      code: 'date-in-future',
    },
    {
      name: 'a negative contract value',
      send: () => create({ contractValueWan: -1 }),
      field: 'contractValueWan',
      code: 'min',
    },
    {
      name: 'a 技术交易额 above the contract value',
      send: () => create({ techTransactionWan: 121 }),
      field: 'techTransactionWan',
      code: 'tech-exceeds-contract',
    },
    {
      name: 'a deal between an organization and itself',
      send: () =>
        api()
          .post('/api/v1/deals')
          .set(as(eOwner, enterprise))
          .send(dealBody(fromMatch(), enterprise, enterprise)),
      field: 'sellerOrganizationId',
      code: 'same-organization',
    },
    {
      name: 'a match the caller’s organization is no party of',
      send: () => create({}, stranger, strangerOrg),
      field: 'sourceId',
      code: 'source-not-yours',
    },
    {
      name: 'a conversation that does not exist',
      send: () => create({ sourceType: 'conversation', sourceId: randomUUID() }),
      field: 'sourceId',
      code: 'source-not-yours',
    },
    {
      name: 'a proposal that was not awarded (a match id passed as an award)',
      send: () => create({ sourceType: 'award', sourceId: matchId }),
      field: 'sourceId',
      code: 'source-not-yours',
    },
    {
      name: 'a counterpart that is not the source’s other party',
      send: () =>
        api()
          .post('/api/v1/deals')
          .set(as(eOwner, enterprise))
          .send(dealBody(fromMatch(), enterprise, strangerOrg)),
      field: 'buyerOrganizationId',
      code: 'parties-not-of-source',
    },
    {
      name: 'a kind that is neither 四技 nor financing',
      send: () => create({ kind: 'barter' }),
      field: 'kind',
      code: 'isIn',
    },
    {
      name: 'a technology contract without a technology field',
      send: () => create({ techField: undefined }),
      field: 'techField',
      code: 'required-for-technology',
    },
    {
      name: 'an unknown technology field',
      send: () => create({ techField: 'NOPE' }),
      field: 'techField',
      code: 'isTechField',
    },
    {
      name: 'a deal recorded as already terminated',
      send: () => create({ stage: 'terminated' }),
      field: 'stage',
    },
    {
      name: 'a signed stage without a signing date',
      send: () => create({ signedOn: undefined }),
      field: 'signedOn',
      code: 'required-when-signed',
    },
    { name: 'an unknown field', send: () => create({ status: 'confirmed' }), field: 'status' },
    {
      name: 'an impossible date',
      send: () => create({ signedOn: '2026-02-30' }),
      field: 'signedOn',
      code: 'isCalendarDate',
    },
  ];

  it.each(CASES)('refuses $name with a field error and writes nothing', async ({ send, field, code }) => {
    const before = await rowCounts();
    const response = await send().expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, ...(code ? { code } : {}) })]),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a registration number another deal holds, and bad edits, changing nothing', async () => {
    const deal = await record(eOwner, enterprise, { registrationNumber: '2026320100009999' });
    const before = await rowCounts();
    const taken = await create({ registrationNumber: '2026320100009999' }).expect(400);
    expect(taken.body.errors).toEqual([
      expect.objectContaining({ field: 'registrationNumber', code: 'registration-number-taken' }),
    ]);
    for (const [body, field] of [
      [{ projectName: null }, 'projectName'],
      [{ registrationNumber: '12345' }, 'registrationNumber'],
      [{ signedOn: daysAgo(-1) }, 'signedOn'],
      [{ contractValueWan: -5 }, 'contractValueWan'],
      [{ buyerOrganizationId: strangerOrg }, 'buyerOrganizationId'],
    ] as const) {
      const response = await api()
        .patch(`/api/v1/deals/${deal.id}`)
        .set(as(eOwner, enterprise))
        .send(body)
        .expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const future = await api()
      .post(`/api/v1/deals/${deal.id}/stage`)
      .set(as(eOwner, enterprise))
      .send({ stage: 'performing', on: daysAgo(-1) })
      .expect(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'on', code: 'date-in-future' })]);
    expect(await rowCounts()).toEqual(before);
    expect(await read(eOwner, enterprise, deal.id)).toMatchObject({ version: 1, stage: 'signed' });
  });
});
