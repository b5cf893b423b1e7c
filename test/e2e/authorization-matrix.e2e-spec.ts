import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createOrganization, grantPlatformRole, signUp, type SignedInUser } from '../support/http.js';

/**
 * Every role against every identity operation on one organization, with the exact status expected.
 * 404 (not 403) wherever the caller may not even know the organization exists.
 */
type Role = 'anonymous' | 'owner' | 'admin' | 'member' | 'outsider' | 'moderator' | 'platformAdmin';
const ROLES: Role[] = ['anonymous', 'owner', 'admin', 'member', 'outsider', 'moderator', 'platformAdmin'];

interface Operation {
  name: string;
  send: (org: string, target: string) => request.Test;
  expected: Record<Role, number>;
}

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
let organizationId: string;
let targetMember: SignedInUser;

const api = () => request(app.baseUrl);

const OPERATIONS: Operation[] = [
  {
    name: 'read the organization',
    send: (org) => api().get(`/api/v1/organizations/${org}`),
    expected: {
      anonymous: 401,
      owner: 200,
      admin: 200,
      member: 200,
      outsider: 404,
      moderator: 200,
      platformAdmin: 200,
    },
  },
  {
    name: 'update the organization',
    send: (org) => api().patch(`/api/v1/organizations/${org}`).send({ description: '更新后的简介' }),
    expected: {
      anonymous: 401,
      owner: 200,
      admin: 200,
      member: 403,
      outsider: 404,
      moderator: 403,
      platformAdmin: 200,
    },
  },
  {
    name: 'list members',
    send: (org) => api().get(`/api/v1/organizations/${org}/members`),
    expected: {
      anonymous: 401,
      owner: 200,
      admin: 200,
      member: 200,
      outsider: 404,
      moderator: 200,
      platformAdmin: 200,
    },
  },
  {
    name: 'change a member’s role',
    send: (org, target) =>
      api().patch(`/api/v1/organizations/${org}/members/${target}`).send({ role: 'member' }),
    expected: {
      anonymous: 401,
      owner: 200,
      admin: 200,
      member: 403,
      outsider: 404,
      moderator: 403,
      platformAdmin: 200,
    },
  },
  {
    name: 'invite a member',
    send: (org) =>
      api()
        .post(`/api/v1/organizations/${org}/invitations`)
        .send({ email: `${randomUUID()}@example.com` }),
    expected: {
      anonymous: 401,
      owner: 201,
      admin: 201,
      member: 403,
      outsider: 404,
      moderator: 403,
      platformAdmin: 201,
    },
  },
  {
    name: 'list pending invitations',
    send: (org) => api().get(`/api/v1/organizations/${org}/invitations`),
    expected: {
      anonymous: 401,
      owner: 200,
      admin: 200,
      member: 403,
      outsider: 404,
      moderator: 403,
      platformAdmin: 200,
    },
  },
  {
    name: 'see the verification queue',
    send: () => api().get('/api/v1/admin/organizations'),
    expected: {
      anonymous: 401,
      owner: 404,
      admin: 404,
      member: 404,
      outsider: 404,
      moderator: 200,
      platformAdmin: 200,
    },
  },
  {
    name: 'verify the organization',
    send: (org) => api().post(`/api/v1/admin/organizations/${org}/verification`).send({ status: 'verified' }),
    expected: {
      anonymous: 401,
      owner: 404,
      admin: 404,
      member: 404,
      outsider: 404,
      moderator: 200,
      platformAdmin: 200,
    },
  },
  {
    name: 'disable a user',
    send: (_, target) => api().patch(`/api/v1/admin/users/${target}`).send({ status: 'active' }),
    expected: {
      anonymous: 401,
      owner: 404,
      admin: 404,
      member: 404,
      outsider: 404,
      moderator: 404,
      platformAdmin: 200,
    },
  },
];

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  targetMember = await signUp(app);
  organizationId = await createOrganization(app, users.owner);
  await createOrganization(app, users.outsider);
  for (const [user, role] of [
    [users.admin, 'admin'],
    [users.member, 'member'],
    [targetMember, 'member'],
  ] as const) {
    await app.dataSource.query(
      'INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)',
      [organizationId, user.id, role],
    );
  }
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
});

afterAll(async () => {
  await app.close();
});

describe.each(OPERATIONS)('$name', (operation) => {
  it.each(ROLES)('as %s', async (role) => {
    const call = operation.send(organizationId, targetMember.id);
    const response =
      role === 'anonymous' ? await call : await call.set('authorization', `Bearer ${users[role].token}`);
    expect({ role, status: response.status }).toEqual({ role, status: operation.expected[role] });
    if (response.status >= 400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
