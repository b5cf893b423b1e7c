import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, awardBetween, daysAgo, dealBody } from '../support/deals.js';
import {
  binaryBody,
  createOrganization,
  grantPlatformRole,
  signUp,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';

/**
 * 信息报送 and 评估反馈: a city's organizer saves a quarterly report, its owner submits it to the province,
 * which reads it, returns it with a comment or accepts it. Submitting freezes the figures: a deal confirmed
 * later shows beside them as the current figure. Who may read, submit and review is a matrix; a transition
 * from the wrong state is a 409 and changes nothing.
 */
let app: TestApp;
const users: Record<
  'city' | 'cityMember' | 'province' | 'far' | 'agency' | 'enterprise' | 'university' | 'moderator' | 'admin',
  SignedInUser
> = {} as never;
const orgs: Record<'city' | 'province' | 'far' | 'agency' | 'enterprise' | 'university', string> =
  {} as never;
let confirmedDeal: string;
let laterDeal: string;
let reportId: string;

const today = daysAgo(0);
const year = Number(today.slice(0, 4));
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const thisQuarter = { periodKind: 'quarter', year, index: quarter };
const api = () => request(app.baseUrl);
const who = (name: keyof typeof users) =>
  as(users[name], name === 'cityMember' ? orgs.city : (orgs as Record<string, string>)[name]);

interface Report {
  id: string;
  number: string;
  status: string;
  recipientOrganizationId: string;
  figures: {
    figure: string;
    count: number;
    amount: number | null;
    currentCount: number;
    currentAmount: number | null;
  }[];
  changedSinceSubmission: boolean;
  cases: { id: string; label: string }[];
  readAt: string | null;
  reviewComment: string | null;
  canSubmit: boolean;
  canReview: boolean;
}
const contractValue = (report: Report) => report.figures.find((f) => f.figure === 'contract-value')!;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  const names = Object.keys({
    city: 0,
    cityMember: 0,
    province: 0,
    far: 0,
    agency: 0,
    enterprise: 0,
    university: 0,
    moderator: 0,
    admin: 0,
  }) as (keyof typeof users)[];
  const signedUp = await Promise.all(names.map(() => signUp(app)));
  names.forEach((name, i) => (users[name] = signedUp[i]!));
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.admin, 'admin');
  const regions = {
    city: ['organizer', '320100'],
    province: ['organizer', '320000'],
    far: ['organizer', '440000'],
    agency: ['service_agency', '320400'],
    enterprise: ['enterprise', '320115'],
    university: ['university', '320102'],
  } as const;
  for (const [name, [type, regionCode]] of Object.entries(regions)) {
    const org = await createOrganization(app, users[name as keyof typeof regions], { type, regionCode });
    orgs[name as keyof typeof regions] = org;
    await verifyOrganization(app, org);
  }
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
    [orgs.city, users.cityMember.id],
  );

  const award = await awardBetween(
    app,
    { user: users.enterprise, org: orgs.enterprise },
    { user: users.university, org: orgs.university },
    users.moderator,
  );
  const record = async (projectName: string, contractValueWan: number) =>
    (
      await api()
        .post('/api/v1/deals')
        .set(who('university'))
        .send(
          dealBody({ sourceType: 'award', sourceId: award }, orgs.enterprise, orgs.university, {
            projectName,
            contractValueWan,
            techTransactionWan: contractValueWan,
            signedOn: today,
          }),
        )
        .expect(201)
    ).body.id as string;
  confirmedDeal = await record('固态电解质技术转让', 120);
  laterDeal = await record('后来确认的合同', 80);
  await api().post(`/api/v1/deals/${confirmedDeal}/confirm`).set(who('enterprise')).send({}).expect(200);
});

afterAll(async () => {
  await app.close();
});

describe('saving a report', () => {
  it('refuses a month without its number, a period not started and a case outside the period', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const response = await api().post('/api/v1/reports').set(who('city')).send(body).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await bad({ periodKind: 'month', year }, 'index');
    await bad({ periodKind: 'year', year: year + 1 }, 'year');
    await bad({ ...thisQuarter, caseIds: [laterDeal] }, 'caseIds.0');
    await bad({ ...thisQuarter, caseIds: ['not-a-uuid'] }, 'caseIds');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM period_reports`);
    expect(n).toBe(0);
  });

  it('saves a numbered draft of the scope’s figures, addressed to the organizer above', async () => {
    const response = await api()
      .post('/api/v1/reports')
      .set(who('cityMember'))
      .send({ ...thisQuarter, note: '本季度走访企业 12 家', caseIds: [confirmedDeal] })
      .expect(201);
    const report = response.body as Report;
    reportId = report.id;
    expect(report.number).toMatch(new RegExp(`^XXBS-${year}-\\d{6}$`));
    expect(report).toMatchObject({
      status: 'draft',
      recipientOrganizationId: orgs.province,
      canSubmit: false,
    });
    expect(contractValue(report)).toMatchObject({ count: 1, amount: 120, currentCount: 1 });
    // The deal confirmed just before serves the enterprise: counted at once (the report re-counts the
    // measured figures first), not when the worker gets to it (this app runs none).
    expect(report.figures.find((f) => f.figure === 'enterprises-served')).toMatchObject({
      count: 1,
      currentCount: 1,
    });
    expect(report.cases).toEqual([
      expect.objectContaining({ id: confirmedDeal, label: '固态电解质技术转让' }),
    ]);
  });

  it('has no one to send a province’s report to', async () => {
    await api().post('/api/v1/reports').set(who('province')).send(thisQuarter).expect(409);
  });

  it('sends a service agency’s report to the nearest organizer of its region', async () => {
    const response = await api().post('/api/v1/reports').set(who('agency')).send(thisQuarter).expect(201);
    expect(response.body.recipientOrganizationId).toBe(orgs.province);
  });
});

describe('who sees a report', () => {
  it('shows a draft to its organization and platform admins only', async () => {
    await api().get(`/api/v1/reports/${reportId}`).set(who('cityMember')).expect(200);
    await api().get(`/api/v1/reports/${reportId}`).set(as(users.admin)).expect(200);
    for (const outsider of ['province', 'far', 'enterprise'] as const)
      await api().get(`/api/v1/reports/${reportId}`).set(who(outsider)).expect(404);
    const list = await api().get('/api/v1/reports').set(who('province')).expect(200);
    expect(list.body.map((r: Report) => r.id)).not.toContain(reportId);
  });
});

describe('submitting and reviewing', () => {
  it('lets only the reporter’s owner or admin submit, once', async () => {
    await api().post(`/api/v1/reports/${reportId}/submit`).set(who('cityMember')).expect(403);
    await api().post(`/api/v1/reports/${reportId}/submit`).set(who('province')).expect(404);
    const submitted = await api().post(`/api/v1/reports/${reportId}/submit`).set(who('city')).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', canSubmit: false, readAt: null });
    await api().post(`/api/v1/reports/${reportId}/submit`).set(who('city')).expect(409);
  });

  it('shows the recipient the frozen figures beside today’s, and marks it read', async () => {
    await api().post(`/api/v1/deals/${laterDeal}/confirm`).set(who('enterprise')).send({}).expect(200);
    const read = (await api().get(`/api/v1/reports/${reportId}`).set(who('province')).expect(200))
      .body as Report;
    expect(contractValue(read)).toEqual({
      figure: 'contract-value',
      count: 1,
      amount: 120,
      currentCount: 2,
      currentAmount: 200,
    });
    expect(read.changedSinceSubmission).toBe(true);
    expect(read.readAt).not.toBeNull();
    expect(read.canReview).toBe(true);
    const list = await api().get('/api/v1/reports').set(who('province')).expect(200);
    expect(list.body.map((r: Report) => r.id)).toContain(reportId);
    await api().get(`/api/v1/reports/${reportId}`).set(who('far')).expect(404);
  });

  it('lets only the recipient’s owner or admin review, and returning needs a comment', async () => {
    await api()
      .post(`/api/v1/reports/${reportId}/return`)
      .set(who('city'))
      .send({ comment: '自己退回' })
      .expect(403);
    await api()
      .post(`/api/v1/reports/${reportId}/return`)
      .set(who('far'))
      .send({ comment: '越权' })
      .expect(404);
    await api().post(`/api/v1/reports/${reportId}/return`).set(who('province')).send({}).expect(400);
    const returned = await api()
      .post(`/api/v1/reports/${reportId}/return`)
      .set(who('province'))
      .send({ comment: '请补充典型案例的成效' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: '请补充典型案例的成效' });
    await api().post(`/api/v1/reports/${reportId}/accept`).set(who('province')).send({}).expect(409);
  });

  it('re-freezes the figures when a returned report is submitted again, and accepts it', async () => {
    const again = (await api().post(`/api/v1/reports/${reportId}/submit`).set(who('city')).expect(200))
      .body as Report;
    expect(contractValue(again)).toMatchObject({ count: 2, amount: 200, currentCount: 2 });
    expect(again.changedSinceSubmission).toBe(false);
    const accepted = await api()
      .post(`/api/v1/reports/${reportId}/accept`)
      .set(who('province'))
      .send({ comment: '材料完整' })
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
    await api()
      .post(`/api/v1/reports/${reportId}/return`)
      .set(who('province'))
      .send({ comment: '晚了' })
      .expect(409);
    await api().post(`/api/v1/reports/${reportId}/submit`).set(who('city')).expect(409);
    const trail = await app.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [reportId],
    );
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'report.created',
      'report.submitted',
      'report.returned',
      'report.submitted',
      'report.accepted',
    ]);
  });
});

describe('exports', () => {
  it('exports the report as Excel with its breakdowns and as a PDF', async () => {
    const xlsx = await api()
      .get(`/api/v1/reports/${reportId}/export`)
      .query({ format: 'xlsx' })
      .set(who('province'))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '成交额构成', '典型案例']);
    const breakdowns = book.getWorksheet('成交额构成')!;
    expect(breakdowns.getRow(1).values).toEqual([undefined, '按合同类型', '合同数', '成交额（万元）']);
    expect(breakdowns.getRow(2).values).toEqual([undefined, '技术转让', 2, 200]);
    const pdf = await api()
      .get(`/api/v1/reports/${reportId}/export`)
      .query({ format: 'pdf' })
      .set(who('province'))
      .expect(200);
    expect(String(pdf.headers['content-type'])).toContain('application/pdf');
    await api()
      .get(`/api/v1/reports/${reportId}/export`)
      .query({ format: 'doc' })
      .set(who('province'))
      .expect(400);
    await api()
      .get(`/api/v1/reports/${reportId}/export`)
      .query({ format: 'pdf' })
      .set(who('far'))
      .expect(404);
  });
});
