import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSENT_VERSION } from '#identity';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { testCreditCode } from '../support/credit-codes.js';
import { createDemand, demandBody, type SignedInUser } from '../support/http.js';
import { party } from '../support/factories.js';

let app: TestApp;
let user: SignedInUser;
let organizationId: string;
let demandId: string;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  ({ user, org: organizationId } = await party(app));
  demandId = await createDemand(app, user, organizationId);
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);
const validOrganization = () => ({
  name: '测试机构',
  type: 'enterprise',
  creditCode: testCreditCode(),
  regionCode: '320102',
});

async function rowCounts(): Promise<Record<string, number | string>> {
  const [row] = await app.dataSource.query(
    `SELECT (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM invitations)::int AS invitations, (SELECT count(*) FROM memberships)::int AS memberships,
            (SELECT count(*) FROM demands)::int AS demands, (SELECT count(*) FROM challenges)::int AS challenges,
            (SELECT md5(string_agg(d::text, '' ORDER BY id)) FROM demands d) AS demand_rows`,
  );
  return row as Record<string, number | string>;
}

/** Each case: a request that must be refused with a 4xx problem naming `field` (when given), changing nothing. */
const CASES: { name: string; send: () => request.Test; status: number; field?: string; type?: string }[] = [
  {
    name: 'an unknown field (mass assignment of the verification status)',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), verificationStatus: 'verified' }),
    status: 400,
    field: 'verificationStatus',
  },
  {
    name: 'a number where text belongs',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), name: 42 }),
    status: 400,
    field: 'name',
  },
  {
    name: 'an over-long name',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), name: '机'.repeat(201) }),
    status: 400,
    field: 'name',
  },
  {
    name: 'a credit code with a wrong check character',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), creditCode: '91350100M000100Y44' }),
    status: 400,
    field: 'creditCode',
  },
  {
    name: 'a region code that is not in GB/T 2260',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), regionCode: '329999' }),
    status: 400,
    field: 'regionCode',
  },
  {
    name: 'an array instead of an object',
    send: () => api().post('/api/v1/organizations').send([validOrganization()]),
    status: 400,
  },
  {
    name: 'malformed JSON',
    send: () =>
      api().post('/api/v1/organizations').set('content-type', 'application/json').send('{"name": "未闭合'),
    status: 400,
    type: 'malformed-json',
  },
  {
    name: 'a body over 1 MB',
    send: () =>
      api()
        .post('/api/v1/organizations')
        .send({ ...validOrganization(), description: 'x'.repeat(1_100_000) }),
    status: 413,
    type: 'body-too-large',
  },
  {
    name: 'an unsupported content type',
    send: () => api().post('/api/v1/organizations').set('content-type', 'application/xml').send('<org/>'),
    status: 415,
  },
  {
    name: 'an invalid role in an invitation',
    send: () =>
      api()
        .post(`/api/v1/organizations/${organizationId}/invitations`)
        .send({ email: 'a@example.com', role: 'superuser' }),
    status: 400,
    field: 'role',
  },
  {
    name: 'an invalid email in an invitation',
    send: () =>
      api().post(`/api/v1/organizations/${organizationId}/invitations`).send({ email: 'not an email' }),
    status: 400,
    field: 'email',
  },
  {
    name: 'a malformed id in the path',
    send: () => api().get('/api/v1/organizations/1%27%20OR%201=1'),
    status: 404,
  },
  {
    name: 'a personal token lifetime out of range',
    send: () => api().post('/api/v1/me/tokens').send({ name: 'x', expiresInDays: 10_000 }),
    status: 400,
    field: 'expiresInDays',
  },
  ...['2027-02-30', '2027-04-31', '2026-02-29', '0000-01-01'].flatMap((deadline) => [
    {
      name: `the impossible date ${deadline} as a new demand's deadline`,
      send: () =>
        api().post('/api/v1/demands').set('x-organization-id', organizationId).send(demandBody({ deadline })),
      status: 400,
      field: 'deadline',
    },
    {
      name: `the impossible date ${deadline} as an edited demand's deadline`,
      send: () => api().patch(`/api/v1/demands/${demandId}`).send({ deadline }),
      status: 400,
      field: 'deadline',
    },
    {
      name: `the impossible date ${deadline} as a challenge's deadline`,
      send: () =>
        api()
          .post(`/api/v1/demands/${demandId}/challenge`)
          .send({ awardWan: 50, deadline, criteria: [{ name: '技术', weight: 100 }] }),
      status: 400,
      field: 'deadline',
    },
  ]),
  {
    name: 'an unknown review status filter',
    send: () => api().get('/api/v1/admin/organizations').query({ verificationStatus: 'everything' }),
    status: 400,
    field: 'verificationStatus',
  },
];

describe('bad input', () => {
  it.each(CASES)(
    'refuses $name with a problem and changes nothing',
    async ({ send, status, field, type }) => {
      const before = await rowCounts();
      const response = await send().set('authorization', `Bearer ${user.token}`);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status,
        type: expect.stringMatching(/^https:\/\//),
        detail: expect.any(String),
      });
      if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      if (type) expect(response.body.type).toMatch(new RegExp(`${type}$`));
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('speaks English when asked and Chinese by default', async () => {
    const zh = await api()
      .post('/api/v1/organizations')
      .set('authorization', `Bearer ${user.token}`)
      .send({})
      .expect(400);
    const en = await api()
      .post('/api/v1/organizations')
      .set('authorization', `Bearer ${user.token}`)
      .set('accept-language', 'en-US,en;q=0.9')
      .send({})
      .expect(400);
    expect(zh.body.detail).toBe('提交的内容有误，请检查标出的字段');
    expect(en.body.detail).toBe('Some fields are invalid; see the marked fields');
    expect(en.body.errors.find((e: { field: string }) => e.field === 'name').message).toMatch(/must/);
  });

  it('answers an unknown API route with a problem, not the web app', async () => {
    const response = await api().get('/api/v1/nothing-here').set('accept', 'text/html').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each(['', '   ', "'; DROP TABLE users; --", '张'.repeat(101)])(
    'refuses the registration name %p',
    async (name) => {
      const response = await api().post('/api/v1/auth/register').send({
        email: 'name-check@example.com',
        password: 'long enough password',
        name,
        consentVersion: CONSENT_VERSION,
      });
      expect(response.status).toBe(name.includes('DROP') ? 202 : 400);
      if (response.status === 202) {
        // Stored verbatim as data, never executed.
        const stored = await app.dataSource.query('SELECT name FROM users WHERE email = $1', [
          'name-check@example.com',
        ]);
        expect(stored[0].name).toBe(name);
        await app.dataSource.query('DELETE FROM users WHERE email = $1', ['name-check@example.com']);
      }
    },
  );
});
