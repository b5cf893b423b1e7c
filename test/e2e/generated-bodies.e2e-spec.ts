import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { isCalendarDate } from '#core';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { CATALOGUE_KINDS, createPosting, type CatalogueKindName } from '../support/catalogue.js';
import {
  createDemand,
  createOrganization,
  demandBody,
  publishDemand,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';
import { anyValue, dateLike } from '../support/generated-values.js';

/**
 * Generated bodies against every create and update endpoint: whatever arrives, the answer is never a
 * 5xx, and a refused request changes no row. Bodies mix valid fields, wrong types, unknown keys and
 * hostile strings, so both the validator and the services are exercised.
 */
let app: TestApp;
let user: SignedInUser;
let organizationId: string;
let demandId: string;
let publishedId: string;
let solver: SignedInUser;
let solverOrg: string;
/** Per catalogue kind: an organization of the type that may publish it, and a draft to patch. */
const catalogue = {} as Record<CatalogueKindName, { org: string; draft: string }>;
let society: string;
let station: string;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  ({ user, org: organizationId } = await party(app));
  demandId = await createDemand(app, user, organizationId);
  const moderator = await moderatorOf(app);
  publishedId = await createDemand(app, user, organizationId);
  await publishDemand(app, user, moderator, publishedId);
  await request(app.baseUrl)
    .post(`/api/v1/demands/${publishedId}/challenge`)
    .auth(user.token, { type: 'bearer' })
    // The call closes before its demand's own deadline (90 days out), as a call must.
    .send({
      awardWan: 100,
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      criteria: [{ name: '技术', weight: 100 }],
    })
    .expect(201);
  ({ user: solver, org: solverOrg } = await party(app));
  await verifyOrganization(app, solverOrg);
  for (const kind of Object.keys(CATALOGUE_KINDS) as CatalogueKindName[]) {
    const org = await createOrganization(app, user, { type: CATALOGUE_KINDS[kind].ownerType });
    catalogue[kind] = { org, draft: await createPosting(app, kind, user, org) };
  }
  society = catalogue.expert.org;
  station = (
    await request(app.baseUrl)
      .post(`/api/v1/societies/${society}/stations`)
      .auth(user.token, { type: 'bearer' })
      .send({ name: '生成服务站', regionCode: '320100' })
      .expect(201)
  ).body.id as string;
});

afterAll(async () => {
  await app.close();
});

/** A valid body with some fields replaced or removed and some unknown ones added. */
function mutated(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 4 }),
      drop: fc.subarray(keys, { maxLength: Math.min(3, keys.length) }),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), anyValue, { maxKeys: 2 }),
    })
    .map(({ replace, drop, extra }) => {
      const body: Record<string, unknown> = { ...valid, ...replace, ...extra };
      for (const key of drop) delete body[key];
      return body;
    });
}

async function snapshot(): Promise<string> {
  const rows = await app.dataSource.query(
    `SELECT (SELECT count(*) FROM demands) AS demands, (SELECT count(*) FROM organizations) AS organizations,
            (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM challenges) AS challenges,
            (SELECT count(*) FROM proposals) AS proposals,
            (SELECT md5(string_agg(d::text, '' ORDER BY id)) FROM demands d) AS demand_rows,
            (SELECT md5(string_agg(t::text, '' ORDER BY id)) FROM experts t) AS experts,
            (SELECT md5(string_agg(t::text, '' ORDER BY id)) FROM achievements t) AS achievements,
            (SELECT md5(string_agg(t::text, '' ORDER BY id)) FROM projects t) AS projects,
            (SELECT md5(string_agg(t::text, '' ORDER BY id)) FROM financing_offers t) AS offers,
            (SELECT md5(string_agg(t::text, '' ORDER BY id)) FROM service_stations t) AS stations,
            (SELECT md5(string_agg(t::text, '' ORDER BY organization_id)) FROM society_profiles t) AS societies,
            (SELECT md5(string_agg(t::text, '' ORDER BY user_id, kind, channel)) FROM notification_preferences t)
              AS preferences,
            (SELECT count(*) FROM outbox_events) AS outbox, (SELECT count(*) FROM audit_log) AS audit,
            (SELECT count(*) FROM personal_access_tokens) AS tokens, (SELECT count(*) FROM invitations) AS invitations,
            (SELECT count(*) FROM webhooks) AS webhooks, (SELECT count(*) FROM subscriptions) AS subscriptions`,
  );
  return JSON.stringify(rows[0]);
}

const ENDPOINTS: {
  name: string;
  send: (body: unknown) => request.Test;
  valid: () => Record<string, unknown>;
}[] = [
  {
    name: 'POST /api/v1/demands',
    send: (body) =>
      request(app.baseUrl)
        .post('/api/v1/demands')
        .auth(user.token, { type: 'bearer' })
        .set('x-organization-id', organizationId)
        .send(body as object),
    valid: () => demandBody(),
  },
  {
    name: 'PATCH /api/v1/demands/{id}',
    send: (body) =>
      request(app.baseUrl)
        .patch(`/api/v1/demands/${demandId}`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({ title: '新标题', budgetMinWan: 10, budgetMaxWan: 20, fields: ['IT-AI'] }),
  },
  {
    name: 'POST /api/v1/organizations',
    send: (body) =>
      request(app.baseUrl)
        .post('/api/v1/organizations')
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({
      name: '生成机构',
      type: 'enterprise',
      creditCode: '91350100M000100Y43',
      regionCode: '320102',
    }),
  },
  {
    name: 'PATCH /api/v1/organizations/{id}',
    send: (body) =>
      request(app.baseUrl)
        .patch(`/api/v1/organizations/${organizationId}`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({ name: '新名称', regionCode: '320115', industryCode: '38' }),
  },
  {
    name: 'POST /api/v1/demands/{id}/challenge',
    send: (body) =>
      request(app.baseUrl)
        .post(`/api/v1/demands/${demandId}/challenge`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({
      awardWan: 50,
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      criteria: [{ name: '技术', weight: 100 }],
    }),
  },
  {
    name: 'POST /api/v1/demands/{id}/challenge/proposals',
    send: (body) =>
      request(app.baseUrl)
        .post(`/api/v1/demands/${publishedId}/challenge/proposals`)
        .auth(solver.token, { type: 'bearer' })
        .set('x-organization-id', solverOrg)
        .send(body as object),
    valid: () => ({ summary: '方案', approach: '路线', team: '团队', costWan: 10, durationDays: 90 }),
  },
  ...(Object.keys(CATALOGUE_KINDS) as CatalogueKindName[]).flatMap((kind) => {
    const { path, body } = CATALOGUE_KINDS[kind];
    return [
      {
        name: `POST /api/v1/${path}`,
        send: (generated: unknown) =>
          request(app.baseUrl)
            .post(`/api/v1/${path}`)
            .auth(user.token, { type: 'bearer' })
            .set('x-organization-id', catalogue[kind].org)
            .send(generated as object),
        valid: () => body(),
      },
      {
        name: `PATCH /api/v1/${path}/{id}`,
        send: (generated: unknown) =>
          request(app.baseUrl)
            .patch(`/api/v1/${path}/${catalogue[kind].draft}`)
            .auth(user.token, { type: 'bearer' })
            .send(generated as object),
        // Visibility has its own route; the update body refuses it.
        valid: () => Object.fromEntries(Object.entries(body()).filter(([key]) => key !== 'visibility')),
      },
    ];
  }),
  {
    name: 'PATCH /api/v1/societies/{id}',
    send: (body) =>
      request(app.baseUrl)
        .patch(`/api/v1/societies/${society}`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({ description: '学会简介', fields: ['EV'], website: 'https://example.org' }),
  },
  {
    name: 'POST /api/v1/societies/{id}/stations',
    send: (body) =>
      request(app.baseUrl)
        .post(`/api/v1/societies/${society}/stations`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({
      name: '服务站',
      regionCode: '320400',
      address: '常州市新北区',
      contactPhone: '0519-1234567',
    }),
  },
  {
    name: 'PATCH /api/v1/societies/{id}/stations/{stationId}',
    send: (body) =>
      request(app.baseUrl)
        .patch(`/api/v1/societies/${society}/stations/${station}`)
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({ name: '改名服务站', regionCode: '320500', description: '说明' }),
  },
  {
    name: 'PUT /api/v1/me/notification-preferences',
    send: (body) =>
      request(app.baseUrl)
        .put('/api/v1/me/notification-preferences')
        .auth(user.token, { type: 'bearer' })
        .send(body as object),
    valid: () => ({
      kinds: [
        { kind: 'match-found', inApp: 'off', email: 'digest' },
        { kind: 'subscription-hit', inApp: 'instant', email: 'off' },
        { kind: 'message-received', inApp: 'instant', email: 'instant' },
        { kind: 'deal-changed', inApp: 'instant', email: 'instant' },
      ],
    }),
  },
];

describe.each(ENDPOINTS)('$name with generated bodies', ({ send, valid }) => {
  it('never answers 5xx, and a refused body changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(valid()), async (body) => {
        const before = await snapshot();
        const response = await send(body);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Every write route of the API, from the committed OpenAPI document, with its path parameters filled
 * with this file's rows where they exist (a random id elsewhere: the refusals below happen while the
 * body is read, before any handler or guard).
 */
const WRITE_ROUTES = Object.entries(
  (JSON.parse(readFileSync('openapi.json', 'utf8')) as { paths: Record<string, Record<string, unknown>> })
    .paths,
).flatMap(([path, operations]) =>
  Object.keys(operations)
    .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
    .map((method) => ({ name: `${method.toUpperCase()} ${path}`, method, path })),
);

function concretePath(path: string): string {
  const kind = (Object.keys(CATALOGUE_KINDS) as CatalogueKindName[]).find((k) =>
    path.startsWith(`/api/v1/${CATALOGUE_KINDS[k].path}/{id}`),
  );
  const ids: Record<string, string> = {
    id: path.startsWith('/api/v1/demands/')
      ? demandId
      : path.startsWith('/api/v1/organizations/')
        ? organizationId
        : path.startsWith('/api/v1/societies/')
          ? society
          : kind
            ? catalogue[kind].draft
            : '00000000-0000-4000-8000-000000000000',
    stationId: station,
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000001');
}

/** JSON nested past the parser's depth limit, as arrays, objects or both, bare or inside a field. */
const deepJson = fc
  .record({
    depth: fc.integer({ min: 33, max: 6_000 }),
    shape: fc.constantFrom('arrays', 'objects', 'mixed', 'unclosed'),
    inField: fc.boolean(),
  })
  .map(({ depth, shape, inField }) => {
    const open = (i: number) => (shape === 'objects' || (shape === 'mixed' && i % 2) ? '{"a":' : '[');
    const close = (i: number) => (shape === 'objects' || (shape === 'mixed' && i % 2) ? '}' : ']');
    let text = '';
    for (let i = 0; i < depth; i += 1) text += open(i);
    text += '1';
    if (shape !== 'unclosed') for (let i = depth - 1; i >= 0; i -= 1) text += close(i);
    return inField ? `{"title":${text}}` : text;
  });

/** A flat body with more values than the parser allows, or one just over the size limit. */
const bulkyJson = fc.oneof(
  fc.integer({ min: 1_001, max: 20_000 }).map((n) => `{"keywords":[${Array(n).fill('"k"').join(',')}]}`),
  fc
    .integer({ min: 1, max: 64 * 1024 })
    .map((extra) => `{"title":"${'x'.repeat(app.config.BODY_LIMIT_KB * 1024 + extra)}"}`),
);

describe('every write route with deeply nested, oversized and over-full JSON', () => {
  it('covers the API', () => {
    expect(WRITE_ROUTES.length).toBeGreaterThanOrEqual(90);
  });

  it.each(WRITE_ROUTES)(
    '$name refuses them with a 4xx problem and writes nothing',
    async ({ method, path }) => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(deepJson, bulkyJson), async (body) => {
          const before = await snapshot();
          const response = await (
            request(app.baseUrl) as unknown as Record<string, (url: string) => request.Test>
          )[method]!(concretePath(path))
            .auth(user.token, { type: 'bearer' })
            .set('x-organization-id', organizationId)
            .set('content-type', 'application/json')
            .send(body);
          expect([400, 413]).toContain(response.status);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(await snapshot()).toBe(before);
        }),
        { numRuns: 4 },
      );
    },
  );
});

describe.each(ENDPOINTS.filter(({ valid }) => 'deadline' in valid()))(
  '$name with generated dates',
  ({ send, valid }) => {
    it('refuses every day that does not exist with a field error, writing nothing, and never answers 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(dateLike, async (deadline) => {
          const before = await snapshot();
          const response = await send({ ...valid(), deadline });
          expect(response.status).toBeLessThan(500);
          if (!isCalendarDate(deadline)) {
            expect(response.status).toBe(400);
            expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('deadline');
            expect(await snapshot()).toBe(before);
          }
        }),
        { numRuns: 60 },
      );
    });
  },
);
