import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, awardBetween, daysAgo, dealBody } from '../support/deals.js';
import { createOrganization, grantPlatformRole, signUp, type SignedInUser } from '../support/http.js';

/**
 * Who may do what with a deal. Members of the two organizations see it; their owners and admins speak
 * for the organization (confirm, dispute, edit); any member records one and moves its stage; platform
 * admins read only; a stranger organization's people and moderators find nothing (404); the anonymous
 * are asked to sign in (401).
 */
type Role =
  | 'anonymous'
  | 'buyerOwner'
  | 'buyerAdmin'
  | 'buyerMember'
  | 'sellerOwner'
  | 'sellerAdmin'
  | 'sellerMember'
  | 'stranger'
  | 'moderator'
  | 'platformAdmin';
type Action = 'list' | 'read' | 'history' | 'create' | 'edit' | 'confirm' | 'dispute' | 'stage';

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
const orgOf = {} as Partial<Record<Role, string>>;
let buyer: string;
let seller: string;
let awardId: string;

/**
 * Expected status per action and role, on a deal the seller's owner recorded (so the seller's side has
 * confirmed and the buyer's has not): the seller's own managers get 409 on confirm for that reason.
 */
const EXPECTED: Record<Action, Record<Role, number>> = {
  list: row(200, { stranger: 200, moderator: 200, platformAdmin: 200 }),
  // Reading is the one thing a platform admin may do with someone else's deal.
  read: row(200, { platformAdmin: 200 }),
  history: row(200, { platformAdmin: 200 }),
  create: row(201, { stranger: 400, moderator: 400, platformAdmin: 400 }),
  edit: row(200, { buyerMember: 403, sellerMember: 403 }),
  confirm: row(200, { buyerMember: 403, sellerOwner: 409, sellerAdmin: 409, sellerMember: 403 }),
  dispute: row(200, { buyerMember: 403, sellerMember: 403 }),
  stage: row(200),
};

/** A row of the matrix: `party` for the six party roles, the usual answers for everyone else. */
function row(party: number, overrides: Partial<Record<Role, number>> = {}): Record<Role, number> {
  return {
    anonymous: 401,
    buyerOwner: party,
    buyerAdmin: party,
    buyerMember: party,
    sellerOwner: party,
    sellerAdmin: party,
    sellerMember: party,
    stranger: 404,
    moderator: 404,
    platformAdmin: 403,
    ...overrides,
  };
}

const api = () => request(app.baseUrl);
const headers = (role: Role) => (role === 'anonymous' ? {} : as(users[role], orgOf[role]));

async function recordedBySeller(): Promise<{ id: string; version: number }> {
  const response = await api()
    .post('/api/v1/deals')
    .set(as(users.sellerOwner, seller))
    .send(dealBody({ sourceType: 'award', sourceId: awardId }, buyer, seller))
    .expect(201);
  return response.body as { id: string; version: number };
}

async function attempt(role: Role, action: Action): Promise<request.Response> {
  const body = dealBody({ sourceType: 'award', sourceId: awardId }, buyer, seller);
  if (action === 'list') return api().get('/api/v1/deals').set(headers(role));
  if (action === 'create') return api().post('/api/v1/deals').set(headers(role)).send(body);
  const deal = await recordedBySeller();
  const path = `/api/v1/deals/${deal.id}`;
  switch (action) {
    case 'read':
      return api().get(path).set(headers(role));
    case 'history':
      return api().get(`${path}/history`).set(headers(role));
    case 'edit':
      return api().patch(path).set(headers(role)).send({ termMonths: 36 });
    case 'confirm':
      return api().post(`${path}/confirm`).set(headers(role)).send({});
    case 'dispute':
      return api().post(`${path}/dispute`).set(headers(role)).send({ reason: '金额有误' });
    case 'stage':
      return api()
        .post(`${path}/stage`)
        .set(headers(role))
        .send({ stage: 'performing', on: daysAgo(0) });
  }
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  for (const role of Object.keys(EXPECTED.read) as Role[])
    if (role !== 'anonymous') users[role] = await signUp(app);
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  buyer = await createOrganization(app, users.buyerOwner, { type: 'enterprise' });
  seller = await createOrganization(app, users.sellerOwner, { type: 'university' });
  orgOf.stranger = await createOrganization(app, users.stranger, { type: 'enterprise' });
  Object.assign(orgOf, {
    buyerOwner: buyer,
    buyerAdmin: buyer,
    buyerMember: buyer,
    sellerOwner: seller,
    sellerAdmin: seller,
    sellerMember: seller,
  });
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role)
     VALUES ($1, $2, 'admin'), ($1, $3, 'member'), ($4, $5, 'admin'), ($4, $6, 'member')`,
    [buyer, users.buyerAdmin.id, users.buyerMember.id, seller, users.sellerAdmin.id, users.sellerMember.id],
  );
  awardId = await awardBetween(
    app,
    { user: users.buyerOwner, org: buyer },
    { user: users.sellerOwner, org: seller },
    users.moderator,
  );
});

afterAll(async () => {
  await app.close();
});

const CASES = (Object.keys(EXPECTED) as Action[]).flatMap((action) =>
  (Object.keys(EXPECTED[action]) as Role[]).map((role) => ({ action, role, status: EXPECTED[action][role] })),
);

describe('deal authorization matrix', () => {
  it.each(CASES)('$action as $role → $status', async ({ action, role, status }) => {
    const response = await attempt(role, action);
    expect(response.status).toBe(status);
    if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('lists a deal to the members of both parties only', async () => {
    const deal = await recordedBySeller();
    for (const role of Object.keys(EXPECTED.list) as Role[]) {
      if (role === 'anonymous') continue;
      const listed = (await api().get('/api/v1/deals').set(headers(role)).expect(200)).body as {
        id: string;
      }[];
      expect([role, listed.some((d) => d.id === deal.id)]).toEqual([
        role,
        orgOf[role] !== undefined && role !== 'stranger',
      ]);
    }
  });

  it('shows a platform admin the deal with no action to take', async () => {
    const deal = await recordedBySeller();
    const seen = await api().get(`/api/v1/deals/${deal.id}`).set(headers('platformAdmin')).expect(200);
    expect(seen.body).toMatchObject({
      viewerSide: null,
      awaitingViewer: false,
      actions: { confirm: false, dispute: false, edit: false, stage: false },
    });
  });
});
