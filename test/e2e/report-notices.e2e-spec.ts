import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DEFAULT_MODES, NOTIFICATION_KINDS } from '#notifications';
import { JobName, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, daysAgo } from '../support/deals.js';
import { createOrganization, signUp, verifyOrganization, type SignedInUser } from '../support/http.js';
import { completedJobResult } from '../support/jobs.js';
import { eventually } from '../support/search.js';

/**
 * 信息报送 notices (issue 18): a city's submitted report reaches the province's owner and admins (who may
 * accept or return it), not its plain members; the return, with its comment, and the acceptance reach
 * every member of the city. In-app and by email as each user chose; a re-run job tells no one again.
 */
let app: TestApp;
let city: string;
let province: string;
const users: Record<
  'cityOwner' | 'cityMember' | 'provinceOwner' | 'provinceAdmin' | 'provinceMember',
  SignedInUser
> = {} as never;

const today = daysAgo(0);
const thisQuarter = {
  periodKind: 'quarter',
  year: Number(today.slice(0, 4)),
  index: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
  caseIds: [],
};
const api = () => request(app.baseUrl);

interface Notice {
  kind: string;
  subjectId: string;
  title: string;
  body: string;
  link: string;
}

async function reportNotices(user: SignedInUser): Promise<Notice[]> {
  const response = await api().get('/api/v1/notifications').set(as(user)).expect(200);
  return (response.body as { items: Notice[] }).items.filter((item) => item.kind.startsWith('report-'));
}

const mailsTo = (user: SignedInUser) =>
  app.mailbox.messages.filter((mail) => mail.to.includes(user.email) && mail.subject.includes('信息报送'));

async function member(organizationId: string, user: SignedInUser, role: 'admin' | 'member') {
  await app.dataSource.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
    organizationId,
    user.id,
    role,
  ]);
}

beforeAll(async () => {
  app = await startTestApp();
  for (const name of Object.keys({
    cityOwner: 0,
    cityMember: 0,
    provinceOwner: 0,
    provinceAdmin: 0,
    provinceMember: 0,
  }) as (keyof typeof users)[])
    users[name] = await signUp(app);
  city = await createOrganization(app, users.cityOwner, { type: 'organizer', regionCode: '320100' });
  province = await createOrganization(app, users.provinceOwner, { type: 'organizer', regionCode: '320000' });
  for (const org of [city, province]) await verifyOrganization(app, org);
  await member(city, users.cityMember, 'member');
  await member(province, users.provinceAdmin, 'admin');
  await member(province, users.provinceMember, 'member');
  // The admin reads submissions in the app only.
  const kinds = NOTIFICATION_KINDS.map((kind) => ({
    kind,
    ...DEFAULT_MODES[kind],
    ...(kind === 'report-submitted' ? { email: 'off' } : {}),
  }));
  await api()
    .put('/api/v1/me/notification-preferences')
    .set(as(users.provinceAdmin))
    .send({ kinds })
    .expect(200);
});

afterAll(async () => {
  await app.close();
});

describe('a report submitted, returned, submitted again and accepted', () => {
  let reportId: string;
  let title: string;

  it('asks the recipient’s owner and admins to review it, by their preferences', async () => {
    const created = await api()
      .post('/api/v1/reports')
      .set(as(users.cityOwner, city))
      .send(thisQuarter)
      .expect(201);
    reportId = created.body.id as string;
    title = created.body.title as string;
    await api().post(`/api/v1/reports/${reportId}/submit`).set(as(users.cityOwner, city)).expect(200);

    const mail = await app.mailbox.waitFor(users.provinceOwner.email, '报送了');
    expect(mail.subject).toContain(`「${title}」`);
    expect(mail.text).toContain(`${app.baseUrl}/reports`);
    expect(mail.text).toContain('请审阅后接收或退回');
    await eventually(async () => expect(await reportNotices(users.provinceAdmin)).toHaveLength(1));
    expect(await reportNotices(users.provinceOwner)).toEqual([
      expect.objectContaining({ kind: 'report-submitted', subjectId: reportId, link: '/reports' }),
    ]);
    expect(mailsTo(users.provinceAdmin)).toEqual([]);
    expect(await reportNotices(users.provinceMember)).toEqual([]);
    expect(mailsTo(users.provinceMember)).toEqual([]);
    expect(await reportNotices(users.cityOwner)).toEqual([]);
  });

  it('tells every member of the reporting organization of its return, with the comment', async () => {
    await api()
      .post(`/api/v1/reports/${reportId}/return`)
      .set(as(users.provinceAdmin, province))
      .send({ comment: '请补充典型案例' })
      .expect(200);
    for (const user of [users.cityOwner, users.cityMember]) {
      const mail = await app.mailbox.waitFor(user.email, '被退回');
      expect(mail.text).toContain('意见：请补充典型案例');
      expect(await reportNotices(user)).toEqual([
        expect.objectContaining({ kind: 'report-reviewed', title: `「${title}」被退回` }),
      ]);
    }
    expect(await reportNotices(users.provinceOwner)).toHaveLength(1);
  });

  it('asks again when it is submitted again, and tells of the acceptance', async () => {
    await api().post(`/api/v1/reports/${reportId}/submit`).set(as(users.cityOwner, city)).expect(200);
    await eventually(async () => expect(mailsTo(users.provinceOwner)).toHaveLength(2));
    await api()
      .post(`/api/v1/reports/${reportId}/accept`)
      .set(as(users.provinceOwner, province))
      .send({})
      .expect(200);
    const english = await app.mailbox.waitFor(users.cityMember.email, 'was accepted');
    expect(english.subject).toBe(`「${title}」已接收 | “${title}” was accepted`);
    expect((await reportNotices(users.cityMember)).map((n) => n.title)).toEqual([
      `「${title}」已接收`,
      `「${title}」被退回`,
    ]);
  });

  it('tells no one again when a notify job runs a second time', async () => {
    const events = await app.dataSource.query<{ payload: Record<string, string> }[]>(
      `SELECT payload FROM outbox_events WHERE type = 'report.status-changed' ORDER BY id`,
    );
    expect(events.map((e) => e.payload.status)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Notifications), { strict: false });
    for (const [i, { payload }] of events.entries()) {
      const jobId = `report-rerun-${i}`;
      await queue.add(JobName.NotifyReport, payload as never, { jobId });
      const result = await completedJobResult(queue, jobId);
      expect(result).toEqual({ outcome: 'notified', inApp: 0, emailed: 0, digested: 0, webhooks: 0 });
    }
    expect(mailsTo(users.provinceOwner)).toHaveLength(2);
    expect(mailsTo(users.cityOwner)).toHaveLength(2);
    expect(await reportNotices(users.cityOwner)).toHaveLength(2);
  });
});
