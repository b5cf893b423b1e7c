import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, awardBetween, daysAgo, dealBody } from '../support/deals.js';
import { adminOf, moderatorOf, partiesIn } from '../support/factories.js';
import {
  binaryBody,
  createDemand,
  publishDemand,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';
import { exportedWorkbook, sheetRows } from '../support/reports.js';
import { visitBody } from '../support/services.js';

/**
 * Dashboards count stored records only: a deal counts once both sides confirmed it (a one-sided one never),
 * 技术合同成交额 sums confirmed technology contracts; every figure drills down to exactly the records it
 * counted, never a confidential demand's title; each viewer sees its own scope; reports export to Excel
 * and to a PDF with the Chinese font embedded.
 */
let app: TestApp;
let enterpriseOwner: SignedInUser;
let universityOwner: SignedInUser;
let agencyOwner: SignedInUser;
let organizerOwner: SignedInUser;
let farOrganizerOwner: SignedInUser;
let moderator: SignedInUser;
let admin: SignedInUser;
let enterprise: string;
let university: string;
let agency: string;
let organizer: string;
let farOrganizer: string;
let confirmedDeal: string;
let pendingDeal: string;
const MARKER = 'SECRET-MARKER-报表泄露';
const period = { from: daysAgo(60), to: daysAgo(0) };

const api = () => request(app.baseUrl);

interface Overview {
  scope: { kind: string; regionCode: string | null };
  figures: { figure: string; count: number; amount: number | null }[];
  months: string[];
  monthly: Record<string, number[]>;
  breakdowns: { dimension: string; rows: { key: string; count: number; amountWan: number }[] }[];
}

async function overview(
  user: SignedInUser,
  org?: string,
  query: Record<string, string> = {},
): Promise<Overview> {
  return (
    await api()
      .get('/api/v1/statistics/overview')
      .query({ ...period, ...query })
      .set(as(user, org))
      .expect(200)
  ).body as Overview;
}
const figure = (o: Overview, name: string) => o.figures.find((f) => f.figure === name)!;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  [moderator, admin] = await Promise.all([moderatorOf(app), adminOf(app)]);
  [
    { user: enterpriseOwner, org: enterprise },
    { user: universityOwner, org: university },
    { user: agencyOwner, org: agency },
    { user: organizerOwner, org: organizer },
    { user: farOrganizerOwner, org: farOrganizer },
  ] = await partiesIn(app, [
    ['enterprise', '320115'],
    ['university', '320102'],
    ['service_agency', '320100'],
    ['organizer', '320000'],
    ['organizer', '440000'],
  ]);

  const award = await awardBetween(
    app,
    { user: enterpriseOwner, org: enterprise },
    { user: universityOwner, org: university },
    moderator,
  );
  const record = async (patch: Record<string, unknown>) =>
    (
      await api()
        .post('/api/v1/deals')
        .set(as(universityOwner, university))
        .send(dealBody({ sourceType: 'award', sourceId: award }, enterprise, university, patch))
        .expect(201)
    ).body.id as string;
  confirmedDeal = await record({ contractValueWan: 120, projectName: '热失控预警技术转让' });
  pendingDeal = await record({ contractValueWan: 999, projectName: '未确认的成交' });
  await api()
    .post(`/api/v1/deals/${confirmedDeal}/confirm`)
    .set(as(enterpriseOwner, enterprise))
    .send({})
    .expect(200);

  const secret = await createDemand(app, enterpriseOwner, enterprise, {
    title: MARKER,
    visibility: 'confidential',
    teaser: '某企业寻求工艺改进方案',
    ndaText: '未经书面许可不得向第三方披露本需求的任何内容。',
  });
  await publishDemand(app, enterpriseOwner, moderator, secret);
  await api().post('/api/v1/visits').set(as(agencyOwner, agency)).send(visitBody(enterprise)).expect(201);
});

afterAll(async () => {
  await app.close();
});

describe('counting', () => {
  it('counts a deal once both confirmed it and sums 技术合同成交额 in 万元; a one-sided deal never', async () => {
    const seen = await overview(organizerOwner, organizer);
    expect(seen.scope).toEqual({ kind: 'region', regionCode: '320000', organizationId: null });
    expect(figure(seen, 'deals-confirmed')).toEqual({ figure: 'deals-confirmed', count: 1, amount: 120 });
    expect(figure(seen, 'contract-value')).toEqual({ figure: 'contract-value', count: 1, amount: 120 });
    expect(figure(seen, 'visits').count).toBe(1);
    expect(figure(seen, 'demands-published').count).toBe(2);
    expect(seen.monthly['contract-value']!.reduce((a, b) => a + b, 0)).toBe(1);
    // The pending deal, once confirmed, counts too: the figure comes from the records, not a stored total.
    await api()
      .post(`/api/v1/deals/${pendingDeal}/confirm`)
      .set(as(enterpriseOwner, enterprise))
      .send({})
      .expect(200);
    const after = await overview(organizerOwner, organizer);
    expect(figure(after, 'contract-value')).toMatchObject({ count: 2, amount: 1119 });
    await api()
      .post(`/api/v1/deals/${pendingDeal}/dispute`)
      .set(as(enterpriseOwner, enterprise))
      .send({ reason: '金额有误' })
      .expect(200);
    expect(figure(await overview(organizerOwner, organizer), 'contract-value')).toMatchObject({
      count: 1,
      amount: 120,
    });
  });

  it('drills down to exactly the records counted, showing a confidential demand’s teaser only', async () => {
    const deals = await api()
      .get('/api/v1/statistics/contract-value/records')
      .query(period)
      .set(as(organizerOwner, organizer))
      .expect(200);
    expect(deals.body).toEqual({
      total: 1,
      records: [
        expect.objectContaining({
          id: confirmedDeal,
          kind: 'deal',
          amount: 120,
          label: '热失控预警技术转让',
        }),
      ],
    });
    const demands = await api()
      .get('/api/v1/statistics/demands-published/records')
      .query(period)
      .set(as(organizerOwner, organizer))
      .expect(200);
    expect(JSON.stringify(demands.body)).not.toContain(MARKER);
    expect(demands.body.records.map((r: { label: string }) => r.label)).toContain('某企业寻求工艺改进方案');
    await api()
      .get('/api/v1/statistics/nothing/records')
      .query(period)
      .set(as(organizerOwner, organizer))
      .expect(400);
  });
});

describe('breakdowns and meetings', () => {
  it('breaks 技术合同成交额 down by type, field, seller type, IP and regions, each summing to the figure', async () => {
    const seen = await overview(organizerOwner, organizer);
    const total = figure(seen, 'contract-value');
    const by = Object.fromEntries(seen.breakdowns.map((b) => [b.dimension, b.rows]));
    expect(Object.keys(by)).toEqual([
      'kind',
      'tech-field',
      'seller-type',
      'ip-type',
      'seller-region',
      'buyer-region',
    ]);
    for (const rows of Object.values(by)) {
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(total.count);
      expect(rows.reduce((sum, row) => sum + row.amountWan, 0)).toBe(total.amount);
    }
    expect(by['seller-type']).toEqual([{ key: 'university', count: 1, amountWan: 120 }]);
    expect(by['seller-region']).toEqual([{ key: '320100', count: 1, amountWan: 120 }]);
    expect(by['buyer-region']).toEqual([{ key: '320000', count: 1, amountWan: 120 }]);
    expect(by.kind).toEqual([{ key: 'tech-transfer', count: 1, amountWan: 120 }]);
    // A scope that holds no contract sees empty breakdowns, not another region's.
    const far = await overview(farOrganizerOwner, farOrganizer);
    expect(far.breakdowns.every((b) => b.rows.length === 0)).toBe(true);
  });

  it('counts a meeting held by either party once, and never a no-show or a cancelled one', async () => {
    const [event] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO matchmaking_events (organizer_organization_id, title, kind, format, region_code, plan, tables,
              max_meetings_per_participant, registration_deadline, request_mode, scheduling_mode, created_by)
       VALUES ($1, '南京对接会', 'one-to-one', 'onsite', '320105', '{}', '[]', 4, now(), 'approval', 'organizer', $2)
       RETURNING id`,
      [organizer, organizerOwner.id],
    );
    const register = async (org: string, user: SignedInUser) =>
      (
        await app.dataSource.query<{ id: string }[]>(
          `INSERT INTO event_registrations (event_id, organization_id, postings, status, check_in_token, created_by)
           VALUES ($1, $2, '[]', 'approved', md5(random()::text), $3) RETURNING id`,
          [event!.id, org, user.id],
        )
      )[0]!.id;
    const [a, b] = [await register(enterprise, enterpriseOwner), await register(university, universityOwner)];
    const meeting = async (status: string, outcomes: [string, string][]) => {
      const [row] = await app.dataSource.query<{ id: string }[]>(
        `INSERT INTO event_meetings (event_id, registration_a_id, registration_b_id, status)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [event!.id, a, b, status],
      );
      for (const [org, outcome] of outcomes)
        await app.dataSource.query(
          `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by)
           VALUES ($1, $2, $3, $4, $5)`,
          [row!.id, org, event!.id, outcome, organizerOwner.id],
        );
      return row!.id;
    };
    const held = await meeting('scheduled', [
      [enterprise, 'held'],
      [university, 'deal'],
    ]);
    await meeting('scheduled', [[enterprise, 'no-show']]);
    await meeting('cancelled', [[enterprise, 'held']]);
    await meeting('scheduled', []);
    expect(figure(await overview(organizerOwner, organizer), 'meetings').count).toBe(1);
    const records = await api()
      .get('/api/v1/statistics/meetings/records')
      .query(period)
      .set(as(organizerOwner, organizer))
      .expect(200);
    expect(records.body.records).toEqual([
      expect.objectContaining({ id: held, kind: 'meeting', regionCode: '320105', label: '南京对接会' }),
    ]);
    // A party's service organization scope: the agency took no part, so it counts none.
    expect(figure(await overview(agencyOwner, agency), 'meetings').count).toBe(0);
    expect(figure(await overview(farOrganizerOwner, farOrganizer), 'meetings').count).toBe(0);
  });
});

describe('filters', () => {
  it('narrows every figure to an organization, an industry and a technology field', async () => {
    const byAgency = await overview(organizerOwner, organizer, { organizationId: agency });
    expect(figure(byAgency, 'visits').count).toBe(1);
    expect(figure(byAgency, 'contract-value').count).toBe(0);
    const byUniversity = await overview(organizerOwner, organizer, { organizationId: university });
    expect(figure(byUniversity, 'contract-value')).toMatchObject({ count: 1, amount: 120 });

    // 制造业 (门类 C) holds division 38, the enterprise's: its deal and the visit to it count; 农业 none.
    await app.dataSource.query(`UPDATE organizations SET industry_code = '38' WHERE id = $1`, [enterprise]);
    const manufacturing = await overview(organizerOwner, organizer, { industryCode: 'C' });
    expect(figure(manufacturing, 'contract-value').count).toBe(1);
    expect(figure(manufacturing, 'visits').count).toBe(1);
    const farming = await overview(organizerOwner, organizer, { industryCode: 'A' });
    expect(farming.figures.every((f) => f.count === 0)).toBe(true);

    // The deal's field is a subfield of its parent: the parent finds it; records with no field count none.
    const byField = await overview(organizerOwner, organizer, { techField: 'EV' });
    expect(figure(byField, 'contract-value').count).toBe(1);
    expect(figure(byField, 'visits').count).toBe(0);
  });

  it('refuses an unknown industry or field with field errors', async () => {
    const response = await api()
      .get('/api/v1/statistics/overview')
      .query({ ...period, industryCode: 'ZZ', techField: 'NO-SUCH-FIELD' })
      .set(as(organizerOwner, organizer))
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'industryCode',
      'techField',
    ]);
  });
});

describe('service organizations directory', () => {
  it('lists verified service organizations to anyone with indicators computed from their records', async () => {
    await verifyOrganization(app, agency);
    const response = await api()
      .get('/api/v1/service-organizations')
      .query({ regionCode: '320000' })
      .expect(200);
    const listed = response.body as { id: string; indicators: Record<string, number | null> }[];
    expect(listed.map((o) => o.id)).toEqual([agency]);
    expect(listed[0]!.indicators).toEqual({
      enterprisesServed: 1,
      visits: 1,
      needsFound: expect.any(Number),
      demandsCollected: 0,
      serviceHours: 0,
      matches: 0,
      matchesContactedShare: null,
      deals: 0,
      dealValueWan: 0,
      ratings: 0,
      averageRating: null,
    });
    const elsewhere = await api()
      .get('/api/v1/service-organizations')
      .query({ regionCode: '440000' })
      .expect(200);
    expect(elsewhere.body).toEqual([]);
  });
});

describe('scope', () => {
  it('gives each viewer its own scope and refuses those with none', async () => {
    const far = await overview(farOrganizerOwner, farOrganizer);
    expect(far.figures.every((f) => f.count === 0)).toBe(true);
    const own = await overview(agencyOwner, agency);
    expect(own.scope.kind).toBe('organization');
    expect(figure(own, 'visits').count).toBe(1);
    expect(figure(own, 'contract-value').count).toBe(0);
    const platform = await overview(admin);
    expect(figure(platform, 'contract-value').count).toBe(1);
    // An enterprise sees its own records (issue 18); a university still has no scope.
    expect((await overview(enterpriseOwner, enterprise)).scope).toEqual({
      kind: 'enterprise',
      regionCode: null,
      organizationId: enterprise,
    });
    const refused = await api()
      .get('/api/v1/statistics/overview')
      .query(period)
      .set(as(universityOwner, university))
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await api().get('/api/v1/statistics/overview').query(period).expect(401);
    await api()
      .get('/api/v1/statistics/overview')
      .query({ ...period, regionCode: '440300' })
      .set(as(organizerOwner, organizer))
      .expect(403);
  });

  it('refuses a period ending before it starts, a bad date or region with field errors', async () => {
    for (const [query, field] of [
      [{ from: daysAgo(0), to: daysAgo(5) }, 'to'],
      [{ from: '2026-13-01', to: daysAgo(0) }, 'from'],
      [{ ...period, regionCode: '999999' }, 'regionCode'],
      [{ from: '2000-01-01', to: daysAgo(0) }, 'from'],
    ] as const) {
      const response = await api()
        .get('/api/v1/statistics/overview')
        .query(query)
        .set(as(organizerOwner, organizer))
        .expect(400);
      expect((response.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
  });
});

describe('信息报送 exports', () => {
  it('exports the period to Excel with the figures in Chinese', async () => {
    const { book, contentType } = await exportedWorkbook(app, as(organizerOwner, organizer), period);
    expect(contentType).toMatch(/spreadsheetml/);
    expect(sheetRows(book, '汇总')).toEqual(expect.arrayContaining([['技术合同成交额', 1, 120, '万元']]));
    expect(book.getWorksheet('技术合同')!.getRow(2).getCell(2).value).toBe('热失控预警技术转让');
  });

  it('exports a PDF with the Chinese font embedded', async () => {
    const response = await api()
      .get('/api/v1/reports/export')
      .query({ ...period, format: 'pdf' })
      .set(as(organizerOwner, organizer))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const pdf = (response.body as Buffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/FontFile[23]?\b/);
    expect(pdf).toMatch(/NotoSansSC/);
    await api()
      .get('/api/v1/reports/export')
      .query({ ...period, format: 'doc' })
      .set(as(organizerOwner, organizer))
      .expect(400);
  }, 90_000);
});
