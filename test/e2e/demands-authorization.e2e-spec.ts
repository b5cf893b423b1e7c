import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  createDemand,
  createOrganization,
  grantPlatformRole,
  publishDemand,
  signUp,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';

/**
 * Every role against every operation on a published demand of each visibility, with the exact status,
 * and a check that no response to someone without a grant carries the confidential content.
 */
type Role = 'anonymous' | 'ownerMember' | 'ownerAdmin' | 'outsider' | 'moderator' | 'platformAdmin';
type Visibility = 'public' | 'registered' | 'confidential';
const ROLES: Role[] = ['anonymous', 'ownerMember', 'ownerAdmin', 'outsider', 'moderator', 'platformAdmin'];
const VISIBILITIES: Visibility[] = ['public', 'registered', 'confidential'];
const SECRET = '绝密工艺参数 7f3a';

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
const demands = {} as Record<Visibility, string>;

const api = () => request(app.baseUrl);

interface Operation {
  name: string;
  send: (id: string) => request.Test;
  expected: (visibility: Visibility) => Record<Role, number>;
}

const readers = (visibility: Visibility): Record<Role, number> => ({
  anonymous: visibility === 'registered' ? 404 : 200,
  ownerMember: 200,
  ownerAdmin: 200,
  outsider: 200,
  moderator: 200,
  platformAdmin: 200,
});
/** Owner's operations: strangers who can see the demand get 403; staff may read it but not edit it. */
const ownerOnly = (ok: number): Record<Role, number> => ({
  anonymous: 401,
  ownerMember: ok,
  ownerAdmin: ok,
  outsider: 403,
  moderator: 403,
  platformAdmin: 403,
});

const OPERATIONS: Operation[] = [
  { name: 'read the demand', send: (id) => api().get(`/api/v1/demands/${id}`), expected: readers },
  {
    name: 'update the demand',
    send: (id) => api().patch(`/api/v1/demands/${id}`).send({ title: '更新后的标题' }),
    expected: () => ownerOnly(200),
  },
  {
    name: 'list its access requests',
    send: (id) => api().get(`/api/v1/demands/${id}/access-requests`),
    expected: () => ownerOnly(200),
  },
  {
    name: 'publish it again',
    send: (id) => api().post(`/api/v1/demands/${id}/publish`),
    expected: () => ({
      anonymous: 401,
      ownerMember: 403,
      ownerAdmin: 403,
      outsider: 403,
      moderator: 409,
      platformAdmin: 409,
    }),
  },
  {
    name: 'reject it',
    send: (id) => api().post(`/api/v1/demands/${id}/reject`).send({ reason: '不合规' }),
    expected: () => ({
      anonymous: 401,
      ownerMember: 403,
      ownerAdmin: 403,
      outsider: 403,
      moderator: 409,
      platformAdmin: 409,
    }),
  },
];

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  const ownerOrg = await createOrganization(app, users.ownerAdmin);
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
    [ownerOrg, users.ownerMember.id],
  );
  const outsiderOrg = await createOrganization(app, users.outsider);
  await verifyOrganization(app, outsiderOrg);
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  for (const visibility of VISIBILITIES) {
    demands[visibility] = await createDemand(app, users.ownerAdmin, ownerOrg, {
      visibility,
      description: `${SECRET}（${visibility}）`,
      ...(visibility === 'confidential' ? { teaser: '某企业寻求工艺优化方案', ndaText: '保密协议全文' } : {}),
    });
    await publishDemand(app, users.ownerAdmin, users.moderator, demands[visibility]);
  }
});

afterAll(async () => {
  await app.close();
});

const cases = OPERATIONS.flatMap((operation) =>
  VISIBILITIES.flatMap((visibility) => ROLES.map((role) => ({ operation, visibility, role }))),
);

describe('demand authorization matrix', () => {
  it.each(cases)('$operation.name ($visibility) as $role', async ({ operation, visibility, role }) => {
    const call = operation.send(demands[visibility]);
    const response =
      role === 'anonymous' ? await call : await call.set('authorization', `Bearer ${users[role].token}`);
    expect({ status: response.status }).toEqual({ status: operation.expected(visibility)[role] });
    const mayReadSecret =
      visibility !== 'confidential' ||
      ['ownerMember', 'ownerAdmin', 'moderator', 'platformAdmin'].includes(role);
    if (!mayReadSecret) expect(response.text).not.toContain(SECRET);
  });

  it.each(ROLES)('never shows the confidential content in the 难题榜 to %s', async (role) => {
    const call = api().get('/api/v1/demands').query({ limit: 100 });
    const response =
      role === 'anonymous' ? await call : await call.set('authorization', `Bearer ${users[role].token}`);
    expect(response.status).toBe(200);
    expect(response.text).not.toContain(SECRET);
    const ids = response.body.items.map((d: { id: string }) => d.id);
    expect(ids).toContain(demands.public);
    expect(ids).toContain(demands.confidential);
    expect(ids.includes(demands.registered)).toBe(role !== 'anonymous');
  });
});
