import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { measuresCounted } from '../support/measures.js';
import { as, daysAgo, dealBody } from '../support/deals.js';
import { moderatorOf, partiesIn } from '../support/factories.js';
import {
  createDemand,
  demandBody,
  publishDemand,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';
import { exportedWorkbook, sheetRows } from '../support/reports.js';
import { claimedExpert, dispatchBody, serviceLogBody, visitBody } from '../support/services.js';

/**
 * Issue 18's outcome figures, each counted from records made through the API (matches themselves come
 * from the worker, so they are stored directly): demands collected (drafts too, one from a visit) and
 * solved, matches contacted and declined by reason, financing raised (once, confirmed only), the median
 * time to first match and first contact, experts mobilized and enterprises served (distinct). Each drills
 * down to exactly the records counted; an enterprise sees its own figures only.
 */
let app: TestApp;
let enterpriseOwner: SignedInUser;
let otherOwner: SignedInUser;
let universityOwner: SignedInUser;
let societyOwner: SignedInUser;
let organizerOwner: SignedInUser;
let commissioner: SignedInUser;
let enterprise: string;
let other: string;
let university: string;
let society: string;
let organizer: string;
const ids: Record<string, string> = {};
const MARKER = 'SECRET-MARKER-成果泄露';
const period = { from: daysAgo(60), to: daysAgo(0) };

const api = () => request(app.baseUrl);

interface Overview {
  scope: { kind: string; regionCode: string | null; organizationId: string | null };
  figures: { figure: string; count: number; amount: number | null }[];
  monthly: Record<string, number[]>;
  declineReasons: { reason: string; count: number }[];
}

interface Records {
  total: number;
  records: { id: string; kind: string; amount: number | null; label: string | null }[];
}

// Each read once the measured figures' re-count of the writes before it ran (the worker's, in production).
const overview = async (user: SignedInUser, org: string) => {
  await measuresCounted(app);
  return (await api().get('/api/v1/statistics/overview').query(period).set(as(user, org)).expect(200))
    .body as Overview;
};
const records = async (user: SignedInUser, org: string, figure: string) => {
  await measuresCounted(app);
  return (
    await api().get(`/api/v1/statistics/${figure}/records`).query(period).set(as(user, org)).expect(200)
  ).body as Records;
};
const figure = (o: Overview, name: string) => o.figures.find((f) => f.figure === name);

/** A stored match of a demand with an expert, `hours` after the demand's publication. */
async function storedMatch(demand: string, expert: string, hours: number): Promise<string> {
  const [row] = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                          candidate_organization_id, score, features, reasons, status, created_at, updated_at)
     SELECT 'demand', d.id, d.organization_id, 'expert', $2, $3, 0.7, '{}', '{}', 'new',
            d.published_at + $4 * interval '1 hour', d.published_at + $4 * interval '1 hour'
       FROM demands d WHERE d.id = $1 RETURNING id`,
    [demand, expert, society, hours],
  );
  return row!.id;
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  const moderator = await moderatorOf(app);
  [
    { user: enterpriseOwner, org: enterprise },
    { user: otherOwner, org: other },
    { user: universityOwner, org: university },
    { user: societyOwner, org: society },
    { user: organizerOwner, org: organizer },
  ] = await partiesIn(app, [
    ['enterprise', '320115'],
    ['enterprise', '320205'],
    ['university', '320102'],
    ['society', '320100'],
    ['organizer', '320000'],
  ]);

  // Demands: three published and a draft of the enterprise, one of another enterprise.
  ids.d1 = await createDemand(app, enterpriseOwner, enterprise);
  ids.d2 = await createDemand(app, enterpriseOwner, enterprise);
  ids.d3 = await createDemand(app, enterpriseOwner, enterprise, {
    title: MARKER,
    visibility: 'confidential',
    teaser: '某企业寻求密封工艺方案',
    ndaText: '未经书面许可不得向第三方披露本需求的任何内容。',
  });
  ids.d4 = await createDemand(app, enterpriseOwner, enterprise);
  ids.d5 = await createDemand(app, otherOwner, other, { regionCode: '320205' });
  for (const [owner, demand] of [
    [enterpriseOwner, ids.d1],
    [enterpriseOwner, ids.d2],
    [enterpriseOwner, ids.d3],
    [otherOwner, ids.d5],
  ] as const)
    await publishDemand(app, owner, moderator, demand!);
  await app.dataSource.query(
    `UPDATE demands SET published_at = now() - interval '40 hours' WHERE id = ANY($1)`,
    [[ids.d1, ids.d2, ids.d3, ids.d5]],
  );

  // Experts of the society: one proposed and contacted, one a 特派员 who logs service, one only declined.
  const first = await claimedExpert(app, societyOwner, society);
  const second = await claimedExpert(app, societyOwner, society);
  const third = await claimedExpert(app, societyOwner, society);
  [ids.expert1, ids.expert2, ids.expert3] = [first.expertId, second.expertId, third.expertId];
  commissioner = second.user;

  ids.m1 = await storedMatch(ids.d1!, ids.expert1!, 2);
  ids.m2 = await storedMatch(ids.d2!, ids.expert3!, 4);
  ids.m3 = await storedMatch(ids.d3!, ids.expert3!, 30);
  ids.m5 = await storedMatch(ids.d5!, ids.expert3!, 1);
  const contacted = await api()
    .post(`/api/v1/matches/${ids.m1}/contact`)
    .set(as(enterpriseOwner, enterprise))
    .send({ message: '想进一步沟通' })
    .expect(200);
  ids.conversation = contacted.body.conversationId as string;
  await api()
    .post(`/api/v1/matches/${ids.m2}/decline`)
    .set(as(enterpriseOwner, enterprise))
    .send({ reasonCode: 'budget-mismatch' })
    .expect(200);
  await api()
    .post(`/api/v1/matches/${ids.m3}/decline`)
    .set(as(societyOwner, society))
    .send({ reasonCode: 'too-early' })
    .expect(200);
  // An access request for the confidential demand, 10 hours after its publication: its first contact.
  await app.dataSource.query(
    `INSERT INTO access_requests (posting_kind, posting_id, organization_id, requested_by, status,
                                  nda_text_accepted, nda_accepted_at, created_at)
     SELECT 'demand', id, $2, $3, 'pending', 'NDA', now(), published_at + interval '10 hours' FROM demands WHERE id = $1`,
    [ids.d3, university, universityOwner.id],
  );
  await api().post(`/api/v1/demands/${ids.d1}/solve`).set(as(enterpriseOwner, enterprise)).expect(200);

  // Service work: a visit to each enterprise (one need drafted into a demand), a dispatch, a 特派员's log.
  const visit = await api()
    .post('/api/v1/visits')
    .set(as(societyOwner, society))
    .send(visitBody(enterprise))
    .expect(201);
  await api()
    .post(`/api/v1/visits/${visit.body.id as string}/draft-demands`)
    .set(as(societyOwner, society))
    .send({ ...demandBody({ title: '化成工序节能改造' }), needIndex: 0 })
    .expect(201);
  [{ id: ids.d6 }] = await app.dataSource.query<{ id: string }[]>(
    `SELECT id FROM demands WHERE organization_id = $1 AND id <> ALL($2::uuid[])`,
    [enterprise, [ids.d1, ids.d2, ids.d3, ids.d4]],
  );
  await api().post('/api/v1/visits').set(as(societyOwner, society)).send(visitBody(other)).expect(201);
  const dispatch = await api()
    .post('/api/v1/dispatches')
    .set(as(societyOwner, society))
    .send(dispatchBody([ids.expert1!, ids.expert2!]))
    .expect(201);
  await api()
    .post('/api/v1/service-logs')
    .set(as(commissioner))
    .send(serviceLogBody(enterprise, { dispatchId: dispatch.body.id }))
    .expect(201);

  // Financing: an equity deal recorded by one side and confirmed by the other; a 科技贷 only recorded.
  const financing = (patch: Record<string, unknown>) =>
    dealBody({ sourceType: 'conversation', sourceId: ids.conversation! }, enterprise, society, {
      techTransactionWan: null,
      techField: null,
      ipType: 'none',
      ...patch,
    });
  ids.deal = (
    await api()
      .post('/api/v1/deals')
      .set(as(societyOwner, society))
      .send(financing({ kind: 'equity', projectName: 'A 轮股权融资', contractValueWan: 500 }))
      .expect(201)
  ).body.id as string;
  await api()
    .post(`/api/v1/deals/${ids.deal}/confirm`)
    .set(as(enterpriseOwner, enterprise))
    .send({})
    .expect(200);
  ids.pendingDeal = (
    await api()
      .post('/api/v1/deals')
      .set(as(societyOwner, society))
      .send(financing({ kind: 'tech-loan', projectName: '未确认的科技贷', contractValueWan: 800 }))
      .expect(201)
  ).body.id as string;
}, 120_000);

afterAll(async () => {
  await app.close();
});

/** What the province's organizer sees: every record above is in 江苏. */
const EXPECTED = () => ({
  'demands-collected': { count: 6, amount: null, ids: [ids.d1, ids.d2, ids.d3, ids.d4, ids.d5, ids.d6] },
  'demands-solved': { count: 1, amount: null, ids: [ids.d1] },
  'matches-contacted': { count: 1, amount: null, ids: [ids.m1] },
  'matches-declined': { count: 2, amount: null, ids: [ids.m2, ids.m3] },
  'financing-raised': { count: 1, amount: 500, ids: [ids.deal] },
  // 1, 2, 4 and 30 hours: the median is 3, not the mean (9.25).
  'time-to-first-match': { count: 4, amount: 3, ids: [ids.d1, ids.d2, ids.d3, ids.d5] },
  // The contact just now (40 hours) and the access request (10 hours).
  'time-to-first-contact': { count: 2, amount: 25, ids: [ids.d1, ids.d3] },
  'experts-mobilized': { count: 2, amount: null, ids: [ids.expert1, ids.expert2] },
  'enterprises-served': { count: 2, amount: null, ids: [enterprise, other] },
});

describe('outcome figures', () => {
  it('counts each new figure from the records, and drills down to exactly those records', async () => {
    const seen = await overview(organizerOwner, organizer);
    for (const [name, expected] of Object.entries(EXPECTED())) {
      const shown = figure(seen, name);
      expect({ name, count: shown?.count, amount: shown?.amount }).toEqual({
        name,
        count: expected.count,
        amount: expected.amount,
      });
      const listed = await records(organizerOwner, organizer, name);
      expect({ name, total: listed.total, ids: listed.records.map((r) => r.id).sort() }).toEqual({
        name,
        total: expected.count,
        ids: [...expected.ids].sort(),
      });
      expect(JSON.stringify(listed)).not.toContain(MARKER);
    }
    expect(seen.declineReasons).toEqual([
      { reason: 'budget-mismatch', count: 1 },
      { reason: 'too-early', count: 1 },
    ]);
    const declined = await records(organizerOwner, organizer, 'matches-declined');
    expect(declined.records.map((r) => r.label).sort()).toEqual(['budget-mismatch', 'too-early']);
    const waits = await records(organizerOwner, organizer, 'time-to-first-match');
    expect(waits.records.map((r) => r.amount).sort((a, b) => a! - b!)).toEqual([1, 2, 4, 30]);
    expect(waits.records.find((r) => r.id === ids.d3)!.label).toBe('某企业寻求密封工艺方案');
    // The monthly series of a sum adds up to it.
    for (const name of ['demands-collected', 'matches-declined', 'financing-raised'])
      expect(seen.monthly[name]!.reduce((a, b) => a + b, 0)).toBe(figure(seen, name)!.count);
  });

  it('counts a financing deal once when confirmed, never while one-sided or disputed', async () => {
    const raised = async () => figure(await overview(organizerOwner, organizer), 'financing-raised');
    expect(await raised()).toEqual({ figure: 'financing-raised', count: 1, amount: 500 });
    await api()
      .post(`/api/v1/deals/${ids.pendingDeal}/confirm`)
      .set(as(enterpriseOwner, enterprise))
      .send({})
      .expect(200);
    expect(await raised()).toEqual({ figure: 'financing-raised', count: 2, amount: 1300 });
    await api()
      .post(`/api/v1/deals/${ids.pendingDeal}/dispute`)
      .set(as(enterpriseOwner, enterprise))
      .send({ reason: '金额有误' })
      .expect(200);
    expect(await raised()).toEqual({ figure: 'financing-raised', count: 1, amount: 500 });
  });

  it('stops counting a declined match once it is answered otherwise', async () => {
    await api()
      .post(`/api/v1/matches/${ids.m5}/decline`)
      .set(as(otherOwner, other))
      .send({ reasonCode: 'region' });
    let seen = await overview(organizerOwner, organizer);
    expect(figure(seen, 'matches-declined')!.count).toBe(3);
    expect(seen.declineReasons).toContainEqual({ reason: 'region', count: 1 });
    await api().post(`/api/v1/matches/${ids.m5}/shortlist`).set(as(otherOwner, other)).expect(200);
    seen = await overview(organizerOwner, organizer);
    expect(figure(seen, 'matches-declined')!.count).toBe(2);
    expect(seen.declineReasons.map((r) => r.reason)).not.toContain('region');
  });
});

describe('experts met and demands contacted at an event', () => {
  it('counts an expert whose meeting was held, and the meeting request as the demand’s first contact', async () => {
    const db = <T>(sql: string, params: unknown[]) => app.dataSource.query<T>(sql, params);
    const [event] = await db<{ id: string }[]>(
      `INSERT INTO matchmaking_events (organizer_organization_id, title, kind, format, region_code, plan, tables,
              max_meetings_per_participant, registration_deadline, request_mode, scheduling_mode, created_by)
       VALUES ($1, '南京对接会', 'one-to-one', 'onsite', '320105', '{}', '[]', 4, now(), 'approval', 'organizer', $2)
       RETURNING id`,
      [organizer, organizerOwner.id],
    );
    const register = async (org: string, user: SignedInUser) =>
      (
        await db<{ id: string }[]>(
          `INSERT INTO event_registrations (event_id, organization_id, postings, status, check_in_token, created_by)
           VALUES ($1, $2, '[]', 'approved', md5(random()::text), $3) RETURNING id`,
          [event!.id, org, user.id],
        )
      )[0]!.id;
    const [a, b] = [await register(enterprise, enterpriseOwner), await register(society, societyOwner)];
    const [meetingRequest] = await db<{ id: string }[]>(
      `INSERT INTO event_meeting_requests (event_id, from_registration_id, to_registration_id, from_posting_kind,
              from_posting_id, to_posting_kind, to_posting_id, status, expires_at, created_by)
       VALUES ($1, $2, $3, 'demand', $4, 'expert', $5, 'accepted', now() + interval '1 day', $6) RETURNING id`,
      [event!.id, a, b, ids.d2, ids.expert3, enterpriseOwner.id],
    );
    const [meeting] = await db<{ id: string }[]>(
      `INSERT INTO event_meetings (event_id, request_id, registration_a_id, registration_b_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [event!.id, meetingRequest!.id, a, b],
    );
    const before = await overview(organizerOwner, organizer);
    // The request alone is a contact; the expert counts once the meeting is held, not before.
    expect(figure(before, 'time-to-first-contact')!.count).toBe(3);
    expect(figure(before, 'experts-mobilized')!.count).toBe(2);
    await db(
      `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by)
       VALUES ($1, $2, $3, 'no-show', $4)`,
      [meeting!.id, enterprise, event!.id, organizerOwner.id],
    );
    expect(figure(await overview(organizerOwner, organizer), 'experts-mobilized')!.count).toBe(2);
    await db(
      `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by)
       VALUES ($1, $2, $3, 'held', $4)`,
      [meeting!.id, society, event!.id, organizerOwner.id],
    );
    expect(figure(await overview(organizerOwner, organizer), 'experts-mobilized')!.count).toBe(3);
    const experts = await records(organizerOwner, organizer, 'experts-mobilized');
    expect(experts.records.map((r) => r.id).sort()).toEqual([ids.expert1, ids.expert2, ids.expert3].sort());
  });
});

describe('the public directory of service organizations', () => {
  it('evaluates the society from the same records: demands collected, matches contacted, deals', async () => {
    await verifyOrganization(app, society);
    const listed = (
      await api().get('/api/v1/service-organizations').query({ regionCode: '320000' }).expect(200)
    ).body as { id: string; indicators: Record<string, number | null> }[];
    expect(listed.find((o) => o.id === society)!.indicators).toEqual({
      enterprisesServed: 2,
      visits: 2,
      needsFound: expect.any(Number),
      // The one need drafted into a demand on the enterprise's behalf.
      demandsCollected: 1,
      serviceHours: expect.any(Number),
      // Its experts' four matches, one of them contacted; the financing deal confirmed by both.
      matches: 4,
      matchesContactedShare: 0.25,
      deals: 1,
      dealValueWan: 500,
      ratings: 0,
      averageRating: null,
    });
  });
});

describe('a service organization’s dashboard', () => {
  it('counts the demand the society wrote up from its visit among those it collected, and drills down to it', async () => {
    const own = await overview(societyOwner, society);
    expect(figure(own, 'demands-collected')!.count).toBe(1);
    const collected = await records(societyOwner, society, 'demands-collected');
    expect(collected.records.map((r) => r.id)).toEqual([ids.d6]);
    // Collected, not published nor solved by it: those stay the enterprise's.
    expect(figure(own, 'demands-published')!.count).toBe(0);
  });
});

describe('an enterprise’s dashboard', () => {
  it('shows an enterprise its own figures only, and its drill-downs its own records', async () => {
    const own = await overview(enterpriseOwner, enterprise);
    expect(own.scope).toEqual({ kind: 'enterprise', regionCode: null, organizationId: enterprise });
    expect(figure(own, 'demands-collected')!.count).toBe(5);
    expect(figure(own, 'demands-published')!.count).toBe(3);
    expect(figure(own, 'time-to-first-match')).toMatchObject({ count: 3, amount: 4 });
    expect(figure(own, 'enterprises-served')!.count).toBe(1);
    // Its contacted match's expert, the 特派员 who logged service for it, the expert it met at the event.
    expect(figure(own, 'experts-mobilized')!.count).toBe(3);
    const collected = await records(enterpriseOwner, enterprise, 'demands-collected');
    expect(collected.records.map((r) => r.id).sort()).toEqual(
      [ids.d1, ids.d2, ids.d3, ids.d4, ids.d6].sort(),
    );
    const served = await records(enterpriseOwner, enterprise, 'enterprises-served');
    expect(served.records.map((r) => r.id)).toEqual([enterprise]);

    const theOther = await overview(otherOwner, other);
    expect(theOther.scope.kind).toBe('enterprise');
    expect(figure(theOther, 'demands-collected')!.count).toBe(1);
    expect(figure(theOther, 'financing-raised')!.count).toBe(0);
    expect(figure(theOther, 'experts-mobilized')!.count).toBe(0);
    expect((await records(otherOwner, other, 'financing-raised')).total).toBe(0);
    // A region narrows an enterprise's scope; it never widens it.
    const narrowed = await api()
      .get('/api/v1/statistics/overview')
      .query({ ...period, regionCode: '320100' })
      .set(as(otherOwner, other))
      .expect(200);
    expect(figure(narrowed.body as Overview, 'demands-collected')!.count).toBe(0);

    // Every other scope rule stays: a university has none, an enterprise files no 信息报送 report.
    await api()
      .get('/api/v1/statistics/overview')
      .query(period)
      .set(as(universityOwner, university))
      .expect(403);
    await api()
      .get('/api/v1/statistics/financing-raised/records')
      .query(period)
      .set(as(universityOwner, university))
      .expect(403);
    await api()
      .post('/api/v1/reports')
      .set(as(enterpriseOwner, enterprise))
      .send({ periodKind: 'year', year: Number(daysAgo(0).slice(0, 4)), caseIds: [] })
      .expect(403);
  });
});

describe('信息报送 export', () => {
  it('prints the new figures in the Excel summary', async () => {
    const { book } = await exportedWorkbook(app, as(organizerOwner, organizer), period);
    const rows = sheetRows(book, '汇总');
    expect(rows).toEqual(
      expect.arrayContaining([
        ['融资到位', 1, 500, '万元'],
        ['首次匹配用时（中位数）', 4, 3, '小时'],
      ]),
    );
    expect(rows.find((row) => row[0] === '征集需求')?.[1]).toBe(6);
    expect(rows.find((row) => row[0] === '服务企业')?.[1]).toBe(2);
  });
});
