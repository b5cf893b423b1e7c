import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { TaskReminderService } from '#services';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, awardBetween, daysAgo, dealBody } from '../support/deals.js';
import {
  createOrganization,
  demandBody,
  grantPlatformRole,
  signUp,
  type SignedInUser,
} from '../support/http.js';
import { eventually } from '../support/search.js';
import { claimedExpert, dispatchBody, serviceLogBody, visitBody } from '../support/services.js';

/**
 * Service work over the real API and worker: visits with needs that become the enterprise's draft
 * demands, service logs, dispatches whose 特派员 record within their target, follow-up tasks whose
 * reminder is sent once (however often the scan and the job run) and never lost, and ratings once per
 * subject. Bad input is a 400 with field errors and writes nothing.
 */
let app: TestApp;
let agencyOwner: SignedInUser;
let societyOwner: SignedInUser;
let enterpriseOwner: SignedInUser;
let universityOwner: SignedInUser;
let moderator: SignedInUser;
let agency: string;
let society: string;
let enterprise: string;
let farEnterprise: string;
let university: string;

const api = () => request(app.baseUrl);
const asAgency = () => as(agencyOwner, agency);

async function count(table: string): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}

beforeAll(async () => {
  app = await startTestApp();
  [agencyOwner, societyOwner, enterpriseOwner, universityOwner, moderator] = await Promise.all(
    Array.from({ length: 5 }, () => signUp(app)),
  );
  await grantPlatformRole(app, moderator, 'moderator');
  agency = await createOrganization(app, agencyOwner, { type: 'service_agency', regionCode: '320100' });
  society = await createOrganization(app, societyOwner, { type: 'society', regionCode: '110000' });
  enterprise = await createOrganization(app, enterpriseOwner, { type: 'enterprise', regionCode: '320115' });
  farEnterprise = await createOrganization(app, enterpriseOwner, {
    type: 'enterprise',
    regionCode: '440305',
  });
  university = await createOrganization(app, universityOwner, { type: 'university' });
});

afterAll(async () => {
  await app.close();
});

describe('visits', () => {
  it('records a visit with the people met and the needs, copying the enterprise’s region', async () => {
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    expect(visit.body).toMatchObject({
      organization: { id: agency },
      enterprise: { id: enterprise },
      enterpriseRegionCode: '320115',
      peopleMet: [{ name: '王强', title: '技术总监' }],
      needs: [{ title: '化成工序节能改造', demandId: null }],
    });
    const audit = await app.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE subject_type = 'visit' AND subject_id = $1`,
      [visit.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['visit.created']);
  });

  it('turns a need into a draft demand of the enterprise, published only after the enterprise submits it', async () => {
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    const drafted = await api()
      .post(`/api/v1/visits/${visit.body.id as string}/draft-demands`)
      .set(asAgency())
      .send({ ...demandBody({ title: '化成工序节能改造' }), needIndex: 0 })
      .expect(201);
    const demandId = drafted.body.needs[0].demandId as string;
    expect(demandId).toEqual(expect.any(String));
    const [demand] = await app.dataSource.query<{ organization_id: string; status: string }[]>(
      'SELECT organization_id, status FROM demands WHERE id = $1',
      [demandId],
    );
    expect(demand).toEqual({ organization_id: enterprise, status: 'draft' });
    // The agency cannot submit it for the enterprise; the enterprise can, and a moderator publishes it.
    await api().post(`/api/v1/demands/${demandId}/submit`).set(asAgency()).expect(404);
    await api().post(`/api/v1/demands/${demandId}/submit`).set(as(enterpriseOwner, enterprise)).expect(200);
    await api().post(`/api/v1/demands/${demandId}/publish`).set(as(moderator)).expect(200);
    // A need becomes one demand only.
    const again = await api()
      .post(`/api/v1/visits/${visit.body.id as string}/draft-demands`)
      .set(asAgency())
      .send({ ...demandBody(), needIndex: 0 })
      .expect(409);
    expect(again.body.type).toMatch(/need-already-drafted/);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await count('visits');
    const cases: [Record<string, unknown>, string][] = [
      [visitBody(enterprise, { visitedOn: daysAgo(-1) }), 'visitedOn'],
      [visitBody(enterprise, { visitedOn: '2026-02-30' }), 'visitedOn'],
      [visitBody(university), 'enterpriseId'],
      [visitBody(enterprise, { peopleMet: [{ name: '' }] }), 'peopleMet.0.name'],
      [visitBody(enterprise, { needs: 'many' }), 'needs'],
      [visitBody(enterprise, { findings: 'x'.repeat(4001) }), 'findings'],
      [visitBody(enterprise, { dispatchId: '00000000-0000-4000-8000-000000000000' }), 'dispatchId'],
      [visitBody(enterprise, { extra: 1 }), 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await api().post('/api/v1/visits').set(asAgency()).send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect([field, (response.body.errors as { field: string }[]).map((e) => e.field)]).toEqual([
        field,
        expect.arrayContaining([field]),
      ]);
    }
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    await api()
      .post(`/api/v1/visits/${visit.body.id as string}/draft-demands`)
      .set(asAgency())
      .send({ ...demandBody(), needIndex: 3 })
      .expect(400);
    expect(await count('visits')).toBe(before + 1);
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM demands WHERE organization_id = $1',
      [enterprise],
    );
    expect(n).toBe(1);
  });
});

describe('service logs', () => {
  it('records hours and a result, linked to the visit it followed', async () => {
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    const log = await api()
      .post('/api/v1/service-logs')
      .set(asAgency())
      .send(serviceLogBody(enterprise, { visitId: visit.body.id }))
      .expect(201);
    expect(log.body).toMatchObject({ hours: 3.5, visitId: visit.body.id, enterprise: { id: enterprise } });
    const listed = await api()
      .get(`/api/v1/service-logs?enterpriseId=${enterprise}`)
      .set(as(enterpriseOwner, enterprise))
      .expect(200);
    expect((listed.body as { id: string }[]).map((l) => l.id)).toContain(log.body.id);
  });

  it('refuses negative or zero hours, a future date and another enterprise’s visit', async () => {
    const before = await count('service_logs');
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    for (const [patch, field] of [
      [{ hours: -1 }, 'hours'],
      [{ hours: 0 }, 'hours'],
      [{ hours: 1.25 }, 'hours'],
      [{ servedOn: daysAgo(-3) }, 'servedOn'],
    ] as const) {
      const response = await api()
        .post('/api/v1/service-logs')
        .set(asAgency())
        .send(serviceLogBody(enterprise, patch))
        .expect(400);
      expect((response.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    const wrongVisit = await api()
      .post('/api/v1/service-logs')
      .set(asAgency())
      .send(serviceLogBody(farEnterprise, { visitId: visit.body.id }))
      .expect(400);
    expect(wrongVisit.body.errors).toEqual([
      expect.objectContaining({ field: 'visitId', code: 'visit-not-of-record' }),
    ]);
    expect(await count('service_logs')).toBe(before);
  });
});

describe('dispatches', () => {
  it('lets a dispatched 特派员 record within the dispatch’s region only', async () => {
    const expert = await claimedExpert(app, societyOwner, society);
    const dispatch = await api()
      .post('/api/v1/dispatches')
      .set(as(societyOwner, society))
      .send(dispatchBody([expert.expertId]))
      .expect(201);
    expect(dispatch.body).toMatchObject({
      kind: 'commissioner',
      regionCode: '320100',
      experts: [{ id: expert.expertId }],
    });
    const mine = await api().get('/api/v1/dispatches').set(as(expert.user)).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: dispatch.body.id, dispatchedToViewer: true })]);
    await api()
      .post('/api/v1/service-logs')
      .set(as(expert.user))
      .send(serviceLogBody(enterprise, { dispatchId: dispatch.body.id }))
      .expect(201);
    const outside = await api()
      .post('/api/v1/visits')
      .set(as(expert.user))
      .send(visitBody(farEnterprise, { dispatchId: dispatch.body.id }))
      .expect(400);
    expect(outside.body.errors).toEqual([
      expect.objectContaining({ field: 'enterpriseId', code: 'outside-dispatch' }),
    ]);
  });

  it('refuses another society’s experts, two targets or none, and a period ending before it starts', async () => {
    const otherOwner = await signUp(app);
    const otherSociety = await createOrganization(app, otherOwner, { type: 'society' });
    const foreign = await claimedExpert(app, otherOwner, otherSociety);
    const own = await claimedExpert(app, societyOwner, society);
    const before = await count('dispatches');
    for (const [patch, field] of [
      [{ expertIds: [foreign.expertId] }, 'expertIds'],
      [{ expertIds: [] }, 'expertIds'],
      [{ enterpriseId: enterprise }, 'enterpriseId'],
      [{ regionCode: undefined }, 'enterpriseId'],
      [{ regionCode: '999999' }, 'regionCode'],
      [{ endsOn: daysAgo(60) }, 'endsOn'],
      [{ kind: 'tour' }, 'kind'],
    ] as const) {
      const response = await api()
        .post('/api/v1/dispatches')
        .set(as(societyOwner, society))
        .send(dispatchBody([own.expertId], patch))
        .expect(400);
      expect([patch, (response.body.errors as { field: string }[]).map((e) => e.field)]).toEqual([
        patch,
        expect.arrayContaining([field]),
      ]);
    }
    expect(await count('dispatches')).toBe(before);
  });
});

describe('follow-up tasks', () => {
  it('attach to a deal the organization is a party of, not to one it is not', async () => {
    const awardId = await awardBetween(
      app,
      { user: enterpriseOwner, org: enterprise },
      { user: universityOwner, org: university },
      moderator,
    );
    const deal = await api()
      .post('/api/v1/deals')
      .set(as(universityOwner, university))
      .send(dealBody({ sourceType: 'award', sourceId: awardId }, enterprise, university))
      .expect(201);
    await api()
      .post('/api/v1/tasks')
      .set(as(enterpriseOwner, enterprise))
      .send({ title: '跟进合同履行', targetType: 'deal', targetId: deal.body.id, dueOn: daysAgo(-30) })
      .expect(201);
    const refused = await api()
      .post('/api/v1/tasks')
      .set(asAgency())
      .send({ title: '跟进合同履行', targetType: 'deal', targetId: deal.body.id, dueOn: daysAgo(-30) })
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'targetId', code: 'target-not-yours' }),
    ]);

    // The enterprise rates the deal once both sides confirmed it, and only once.
    const rating = { subjectType: 'deal', subjectId: deal.body.id, score: 4, comment: '对接高效' };
    await api().post('/api/v1/ratings').set(as(enterpriseOwner, enterprise)).send(rating).expect(400);
    await api()
      .post(`/api/v1/deals/${deal.body.id as string}/confirm`)
      .set(as(enterpriseOwner, enterprise))
      .send({})
      .expect(200);
    const rated = await api()
      .post('/api/v1/ratings')
      .set(as(enterpriseOwner, enterprise))
      .send(rating)
      .expect(201);
    expect(rated.body).toMatchObject({ providerOrganizationId: university, score: 4 });
    await api().post('/api/v1/ratings').set(as(enterpriseOwner, enterprise)).send(rating).expect(409);
    const received = await api().get('/api/v1/ratings').set(as(universityOwner, university)).expect(200);
    expect(received.body).toEqual([expect.objectContaining({ id: rated.body.id })]);
  });

  it('refuses a due date in the past, a reminder after it, a stranger as assignee and a bad score', async () => {
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    const base = { title: '回访', targetType: 'visit', targetId: visit.body.id, dueOn: daysAgo(-3) };
    const before = await count('follow_up_tasks');
    for (const [patch, field] of [
      [{ dueOn: daysAgo(1) }, 'dueOn'],
      [{ remindAt: `${daysAgo(-4)}T09:00:00+08:00` }, 'remindAt'],
      [{ remindAt: 'tomorrow' }, 'remindAt'],
      [{ assigneeUserId: enterpriseOwner.id }, 'assigneeUserId'],
      [{ targetType: 'meeting' }, 'targetId'],
    ] as const) {
      const response = await api()
        .post('/api/v1/tasks')
        .set(asAgency())
        .send({ ...base, ...patch })
        .expect(400);
      expect([patch, (response.body.errors as { field: string }[]).map((e) => e.field)]).toEqual([
        patch,
        expect.arrayContaining([field]),
      ]);
    }
    expect(await count('follow_up_tasks')).toBe(before);
    for (const score of [0, 6, 3.5])
      await api()
        .post('/api/v1/ratings')
        .set(as(enterpriseOwner, enterprise))
        .send({ subjectType: 'visit', subjectId: visit.body.id, score })
        .expect(400);
  });

  it('sends a due reminder once however often the scan and the job run, and again only when moved', async () => {
    const visit = await api().post('/api/v1/visits').set(asAgency()).send(visitBody(enterprise)).expect(201);
    const remindAt = new Date(Date.now() - 60_000).toISOString();
    const task = await api()
      .post('/api/v1/tasks')
      .set(asAgency())
      .send({
        title: '回访化成工序改造',
        targetType: 'visit',
        targetId: visit.body.id,
        dueOn: daysAgo(-2),
        remindAt,
      })
      .expect(201);
    const reminders = app.worker!.get(TaskReminderService);
    // Concurrent scans (these and the worker's own schedule) queue it once between them.
    await Promise.all([reminders.queueDue(), reminders.queueDue(), reminders.queueDue()]);
    expect(await reminders.queueDue()).toBe(0);
    const queued = async () =>
      (
        await app.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'task.reminder-due' AND payload->>'taskId' = $1`,
          [task.body.id],
        )
      )[0]!.n;
    expect(await queued()).toBe(1);
    const inApp = async () =>
      (
        await app.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM notifications WHERE kind = 'task-due' AND subject_id = $1`,
          [task.body.id],
        )
      )[0]!.n;
    await eventually(async () => expect(await inApp()).toBe(1));
    await app.mailbox.waitFor(agencyOwner.email, '回访化成工序改造');
    // The job run again (a retry, a duplicate delivery) tells nobody twice.
    const again = await reminders.remind({ taskId: task.body.id, remindAt: task.body.remindAt });
    expect(again).toMatchObject({ outcome: 'reminded', inApp: 0, emailed: 0 });
    expect(await inApp()).toBe(1);
    const listed = await api().get('/api/v1/tasks').set(asAgency()).expect(200);
    expect(listed.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: task.body.id, reminded: true })]),
    );

    // A closed task is not reminded; a moved reminder is a new one.
    const moved = await api()
      .patch(`/api/v1/tasks/${task.body.id as string}`)
      .set(asAgency())
      .send({ remindAt: new Date(Date.now() - 30_000).toISOString() })
      .expect(200);
    expect(moved.body.reminded).toBe(false);
    await reminders.queueDue();
    expect(await queued()).toBe(2);
    await eventually(async () => expect(await inApp()).toBe(2));
    await api()
      .patch(`/api/v1/tasks/${task.body.id as string}`)
      .set(asAgency())
      .send({ status: 'done' })
      .expect(200);
    expect(await reminders.remind({ taskId: task.body.id, remindAt: moved.body.remindAt })).toEqual({
      outcome: 'skipped',
    });
  });
});
