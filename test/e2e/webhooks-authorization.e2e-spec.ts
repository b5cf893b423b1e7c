import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createOrganization, grantPlatformRole, signUp, type SignedInUser } from '../support/http.js';

/**
 * Every role against every webhook route of one organization, with the exact status expected: its owners
 * and admins manage, platform admins read, a plain member gets 403, and the admin of another organization
 * gets 404 — another organization's webhooks are never confirmed.
 */
type Role = 'anonymous' | 'owner' | 'admin' | 'member' | 'otherAdmin' | 'platformAdmin';
const ROLES: Role[] = ['anonymous', 'owner', 'admin', 'member', 'otherAdmin', 'platformAdmin'];

interface Operation {
  name: string;
  run: (headers: Record<string, string>) => Promise<request.Response>;
  expected: Record<Role, number>;
}

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
let organizationId: string;
let otherOrganizationId: string;
let webhookId: string;
let deliveryId: string;

const api = () => request(app.baseUrl);
const URL_OF_RECEIVER = 'http://127.0.0.1:9/hook';

async function insertWebhook(): Promise<string> {
  const [row] = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO webhooks (organization_id, url, secret, events, created_by)
     VALUES ($1, $2, 'whsec_matrix', '{match-found}', $3) RETURNING id`,
    [organizationId, URL_OF_RECEIVER, users.owner.id],
  );
  return row!.id;
}

const readers = { anonymous: 401, owner: 200, admin: 200, member: 403, otherAdmin: 404, platformAdmin: 200 };
const managers = (ok: number) => ({ ...readers, owner: ok, admin: ok, platformAdmin: 403 });

const OPERATIONS: Operation[] = [
  {
    name: 'list the organization’s webhooks',
    run: (h) => api().get(`/api/v1/webhooks?organizationId=${organizationId}`).set(h),
    expected: readers,
  },
  {
    name: 'create a webhook (for the acting organization)',
    run: (h) => api().post('/api/v1/webhooks').set(h).send({ url: URL_OF_RECEIVER }),
    // The other admin creates one for their own organization; a platform admin acts for none.
    expected: { anonymous: 401, owner: 201, admin: 201, member: 403, otherAdmin: 201, platformAdmin: 400 },
  },
  {
    name: 'read a webhook',
    run: (h) => api().get(`/api/v1/webhooks/${webhookId}`).set(h),
    expected: readers,
  },
  {
    name: 'update a webhook',
    run: (h) => api().patch(`/api/v1/webhooks/${webhookId}`).set(h).send({ active: true }),
    expected: managers(200),
  },
  {
    name: 'rotate the secret',
    run: (h) => api().post(`/api/v1/webhooks/${webhookId}/rotate-secret`).set(h),
    expected: managers(200),
  },
  {
    name: 'send a test',
    run: (h) => api().post(`/api/v1/webhooks/${webhookId}/test`).set(h),
    expected: managers(202),
  },
  {
    name: 'read the delivery log',
    run: (h) => api().get(`/api/v1/webhooks/${webhookId}/deliveries`).set(h),
    expected: readers,
  },
  {
    name: 'retry a failed delivery',
    run: async (h) => {
      await app.dataSource.query(`UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`, [
        deliveryId,
      ]);
      return api().post(`/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}/retry`).set(h);
    },
    expected: managers(202),
  },
  {
    name: 'delete a webhook',
    run: async (h) =>
      api()
        .delete(`/api/v1/webhooks/${await insertWebhook()}`)
        .set(h),
    expected: managers(204),
  },
];

function headersOf(role: Role): Record<string, string> {
  if (role === 'anonymous') return {};
  const acting = { owner: organizationId, admin: organizationId, member: organizationId };
  const organization =
    role === 'otherAdmin' ? otherOrganizationId : (acting as Record<string, string | undefined>)[role];
  return {
    authorization: `Bearer ${users[role].token}`,
    ...(organization ? { 'x-organization-id': organization } : {}),
  };
}

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  organizationId = await createOrganization(app, users.owner);
  otherOrganizationId = await createOrganization(app, users.otherAdmin);
  for (const [user, role] of [
    [users.admin, 'admin'],
    [users.member, 'member'],
  ] as const) {
    await app.dataSource.query(
      'INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)',
      [organizationId, user.id, role],
    );
  }
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  webhookId = await insertWebhook();
  const [delivery] = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO webhook_deliveries (webhook_id, event_key, event_kind, data, status)
     VALUES ($1, 'matrix', 'ping', '{}', 'failed') RETURNING id`,
    [webhookId],
  );
  deliveryId = delivery!.id;
});

afterAll(async () => {
  await app.close();
});

describe.each(OPERATIONS)('$name', (operation) => {
  it.each(ROLES)('as %s', async (role) => {
    const response = await operation.run(headersOf(role));
    expect({ role, status: response.status }).toEqual({ role, status: operation.expected[role] });
    if (response.status >= 400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('lists', () => {
  it('show an admin only their own organization’s webhooks, never the secret', async () => {
    const own = await api().get('/api/v1/webhooks').set(headersOf('owner')).expect(200);
    expect(own.body).toContainEqual(expect.objectContaining({ id: webhookId }));
    expect(JSON.stringify(own.body)).not.toContain('whsec_');
    const other = await api().get('/api/v1/webhooks').set(headersOf('otherAdmin')).expect(200);
    expect(
      (other.body as { organizationId: string }[]).every((w) => w.organizationId === otherOrganizationId),
    ).toBe(true);
    expect(other.body).not.toContainEqual(expect.objectContaining({ id: webhookId }));
  });

  it('404 a delivery of another webhook, even for its admins', async () => {
    const otherWebhook = await insertWebhook();
    await api()
      .post(`/api/v1/webhooks/${otherWebhook}/deliveries/${deliveryId}/retry`)
      .set(headersOf('owner'))
      .expect(404);
  });

  it('refuses a 21st webhook for one organization with a 409', async () => {
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM webhooks WHERE organization_id = $1',
      [organizationId],
    );
    for (let i = n; i < 20; i += 1) await insertWebhook();
    const response = await api()
      .post('/api/v1/webhooks')
      .set(headersOf('owner'))
      .set('accept-language', 'en')
      .send({ url: URL_OF_RECEIVER })
      .expect(409);
    expect(response.body.detail).toBe('An organization can have at most 20 webhooks');
  });
});
