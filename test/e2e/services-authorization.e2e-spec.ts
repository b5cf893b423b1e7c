import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, daysAgo } from '../support/deals.js';
import {
  createOrganization,
  demandBody,
  grantPlatformRole,
  signUp,
  type SignedInUser,
} from '../support/http.js';
import { claimedExpert, dispatchBody, serviceLogBody, visitBody } from '../support/services.js';

/**
 * Who may do what with service records. A service agency's and a society's members record visits and
 * logs for their own organization; a 科技特派员 (a dispatched expert who claimed the profile) records
 * under the dispatch for the society; only a society's owner or admin dispatches; the enterprise reads
 * what concerns it and its owner rates it, but records nothing; an author or the keeping organization's
 * managers turn a need into a draft demand; tasks belong to their organization; platform admins read.
 */
type Role =
  | 'anonymous'
  | 'agencyOwner'
  | 'agencyMember'
  | 'societyOwner'
  | 'societyMember'
  | 'commissioner'
  | 'enterpriseOwner'
  | 'enterpriseMember'
  | 'otherAgency'
  | 'platformAdmin';
type Action =
  | 'createVisit'
  | 'createVisitUnderDispatch'
  | 'readVisit'
  | 'draftDemand'
  | 'createLog'
  | 'createDispatch'
  | 'readDispatch'
  | 'createTask'
  | 'closeTask'
  | 'rate';

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
const orgOf = {} as Partial<Record<Role, string>>;
let agency: string;
let society: string;
let enterprise: string;
let expertId: string;
let dispatchId: string;

const row = (expected: Partial<Record<Role, number>>, otherwise: number): Record<Role, number> => ({
  anonymous: 401,
  agencyOwner: otherwise,
  agencyMember: otherwise,
  societyOwner: otherwise,
  societyMember: otherwise,
  commissioner: otherwise,
  enterpriseOwner: otherwise,
  enterpriseMember: otherwise,
  otherAgency: otherwise,
  platformAdmin: otherwise,
  ...expected,
});

/** Records are the agency owner's visit, task and so on; the dispatch is the society's, to 320100. */
const EXPECTED: Record<Action, Record<Role, number>> = {
  // Acting for no organization (a 特派员 without dispatch, a platform admin) is a 400: say for whom.
  createVisit: row(
    { commissioner: 400, platformAdmin: 400, enterpriseOwner: 403, enterpriseMember: 403 },
    201,
  ),
  createVisitUnderDispatch: row({ societyOwner: 201, societyMember: 201, commissioner: 201 }, 400),
  readVisit: row(
    { agencyOwner: 200, agencyMember: 200, enterpriseOwner: 200, enterpriseMember: 200, platformAdmin: 200 },
    404,
  ),
  draftDemand: row(
    { agencyOwner: 201, agencyMember: 403, enterpriseOwner: 403, enterpriseMember: 403, platformAdmin: 403 },
    404,
  ),
  createLog: row({ commissioner: 400, platformAdmin: 400, enterpriseOwner: 403, enterpriseMember: 403 }, 201),
  createDispatch: row({ societyOwner: 201, commissioner: 400, platformAdmin: 400 }, 403),
  readDispatch: row({ societyOwner: 200, societyMember: 200, commissioner: 200, platformAdmin: 200 }, 404),
  createTask: row({ agencyOwner: 201, agencyMember: 201 }, 400),
  closeTask: row({ agencyOwner: 200, agencyMember: 200 }, 404),
  rate: row({ enterpriseOwner: 201, enterpriseMember: 403 }, 400),
};

const api = () => request(app.baseUrl);
const headers = (role: Role) => (role === 'anonymous' ? {} : as(users[role], orgOf[role]));

async function agencyVisit(): Promise<string> {
  const response = await api()
    .post('/api/v1/visits')
    .set(as(users.agencyOwner, agency))
    .send(visitBody(enterprise))
    .expect(201);
  return response.body.id as string;
}

async function attempt(role: Role, action: Action): Promise<request.Response> {
  const h = headers(role);
  switch (action) {
    case 'createVisit':
      return api().post('/api/v1/visits').set(h).send(visitBody(enterprise));
    case 'createVisitUnderDispatch':
      return api().post('/api/v1/visits').set(h).send(visitBody(enterprise, { dispatchId }));
    case 'readVisit':
      return api()
        .get(`/api/v1/visits/${await agencyVisit()}`)
        .set(h);
    case 'draftDemand':
      return api()
        .post(`/api/v1/visits/${await agencyVisit()}/draft-demands`)
        .set(h)
        .send({ ...demandBody(), needIndex: 0 });
    case 'createLog':
      return api().post('/api/v1/service-logs').set(h).send(serviceLogBody(enterprise));
    case 'createDispatch':
      return api()
        .post('/api/v1/dispatches')
        .set(h)
        .send(dispatchBody([expertId]));
    case 'readDispatch':
      return api().get(`/api/v1/dispatches/${dispatchId}`).set(h);
    case 'createTask':
      return api()
        .post('/api/v1/tasks')
        .set(h)
        .send({ title: '回访', targetType: 'visit', targetId: await agencyVisit(), dueOn: daysAgo(-7) });
    case 'closeTask': {
      const task = await api()
        .post('/api/v1/tasks')
        .set(as(users.agencyOwner, agency))
        .send({ title: '回访', targetType: 'visit', targetId: await agencyVisit(), dueOn: daysAgo(-7) })
        .expect(201);
      return api()
        .patch(`/api/v1/tasks/${task.body.id as string}`)
        .set(h)
        .send({ status: 'done' });
    }
    case 'rate':
      return api()
        .post('/api/v1/ratings')
        .set(h)
        .send({ subjectType: 'visit', subjectId: await agencyVisit(), score: 5, comment: '很有帮助' });
  }
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  for (const role of Object.keys(EXPECTED.readVisit) as Role[])
    if (role !== 'anonymous' && role !== 'commissioner') users[role] = await signUp(app);
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  agency = await createOrganization(app, users.agencyOwner, { type: 'service_agency' });
  society = await createOrganization(app, users.societyOwner, { type: 'society' });
  enterprise = await createOrganization(app, users.enterpriseOwner, { type: 'enterprise' });
  orgOf.otherAgency = await createOrganization(app, users.otherAgency, { type: 'service_agency' });
  Object.assign(orgOf, {
    agencyOwner: agency,
    agencyMember: agency,
    societyOwner: society,
    societyMember: society,
    enterpriseOwner: enterprise,
    enterpriseMember: enterprise,
  });
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role)
     VALUES ($1, $2, 'member'), ($3, $4, 'member'), ($5, $6, 'member')`,
    [agency, users.agencyMember.id, society, users.societyMember.id, enterprise, users.enterpriseMember.id],
  );
  const expert = await claimedExpert(app, users.societyOwner, society);
  expertId = expert.expertId;
  users.commissioner = expert.user;
  dispatchId = (
    await api()
      .post('/api/v1/dispatches')
      .set(as(users.societyOwner, society))
      .send(dispatchBody([expertId]))
      .expect(201)
  ).body.id as string;
});

afterAll(async () => {
  await app.close();
});

const CASES = (Object.keys(EXPECTED) as Action[]).flatMap((action) =>
  (Object.keys(EXPECTED[action]) as Role[]).map((role) => ({ action, role, status: EXPECTED[action][role] })),
);

describe('service records authorization matrix', () => {
  it.each(CASES)('$action as $role → $status', async ({ action, role, status }) => {
    const response = await attempt(role, action);
    expect(response.status).toBe(status);
    if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('lists a visit to the keeping organization, the enterprise and the author only', async () => {
    const id = await agencyVisit();
    for (const role of Object.keys(EXPECTED.readVisit) as Role[]) {
      if (role === 'anonymous') continue;
      const listed = (await api().get('/api/v1/visits').set(headers(role)).expect(200)).body as {
        id: string;
      }[];
      expect([role, listed.some((v) => v.id === id)]).toEqual([
        role,
        EXPECTED.readVisit[role] === 200 && role !== 'platformAdmin',
      ]);
    }
  });

  it('files a 特派员’s visit under the dispatching society, readable by the society and the expert', async () => {
    const visit = await api()
      .post('/api/v1/visits')
      .set(headers('commissioner'))
      .send(visitBody(enterprise, { dispatchId }))
      .expect(201);
    expect(visit.body).toMatchObject({
      organization: { id: society },
      dispatchId,
      createdBy: users.commissioner.id,
    });
    await api()
      .get(`/api/v1/visits/${visit.body.id as string}`)
      .set(headers('societyMember'))
      .expect(200);
    await api()
      .get(`/api/v1/visits/${visit.body.id as string}`)
      .set(headers('commissioner'))
      .expect(200);
    await api()
      .get(`/api/v1/visits/${visit.body.id as string}`)
      .set(headers('agencyOwner'))
      .expect(404);
  });
});
