import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { createOrganization, signUp, verifyOrganization, type SignedInUser } from '../support/http.js';

/**
 * The organization picker's search: any signed-in user finds verified organizations by a part of the name
 * or the start of the 统一社会信用代码, pages through them and narrows by type; an organization awaiting
 * verification is never offered; the anonymous are asked to sign in; bad input is a field error.
 */
let app: TestApp;
let owner: SignedInUser;
let loner: SignedInUser; // signed in, member of no organization
let verifiedEnterprise: string;
let verifiedAgency: string;
let pending: string;
let code: string;

interface Page {
  total: number;
  items: { id: string; name: string; type: string; creditCode: string; regionName: string }[];
}

const api = () => request(app.baseUrl);
const search = async (user: SignedInUser, query: Record<string, string | number>, org?: string) =>
  (await api().get('/api/v1/organizations/search').query(query).set(as(user, org)).expect(200)).body as Page;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  [owner, loner] = await Promise.all([signUp(app), signUp(app)]);
  verifiedEnterprise = await createOrganization(app, owner, { name: '搜索测试精密铸造有限公司' });
  verifiedAgency = await createOrganization(app, owner, {
    name: '搜索测试生产力促进中心',
    type: 'service_agency',
  });
  pending = await createOrganization(app, owner, { name: '搜索测试待审核有限公司' });
  for (const id of [verifiedEnterprise, verifiedAgency]) await verifyOrganization(app, id);
  for (let i = 0; i < 3; i += 1)
    await verifyOrganization(
      app,
      await createOrganization(app, owner, { name: `搜索测试分页${i}号有限公司` }),
    );
  [{ credit_code: code }] = await app.dataSource.query<{ credit_code: string }[]>(
    'SELECT credit_code FROM organizations WHERE id = $1',
    [verifiedEnterprise],
  );
});

afterAll(async () => {
  await app.close();
});

describe('organization search', () => {
  it('finds verified organizations by a part of the name, never one awaiting verification', async () => {
    const page = await search(loner, { q: '搜索测试' });
    expect(page.total).toBe(5);
    expect(page.items.map((o) => o.id)).not.toContain(pending);
    expect(page.items.map((o) => o.id)).toEqual(expect.arrayContaining([verifiedEnterprise, verifiedAgency]));
    expect(page.items[0]).toMatchObject({ regionName: '江苏省 南京市 玄武区' });
  });

  it('finds one by the start of its credit code, the exact code first, in any case', async () => {
    const page = await search(owner, { q: code.toLowerCase() }, verifiedEnterprise);
    expect(page.items[0]).toMatchObject({ id: verifiedEnterprise, creditCode: code });
  });

  it('narrows by type and pages with offset and limit', async () => {
    expect((await search(owner, { q: '搜索测试', type: 'service_agency' })).items.map((o) => o.id)).toEqual([
      verifiedAgency,
    ]);
    const first = await search(owner, { q: '搜索测试分页', limit: 2 });
    const second = await search(owner, { q: '搜索测试分页', limit: 2, offset: 2 });
    expect([first.total, first.items.length, second.items.length]).toEqual([3, 2, 1]);
    expect(new Set([...first.items, ...second.items].map((o) => o.id)).size).toBe(3);
  });

  it('takes % and _ literally rather than as wildcards', async () => {
    expect((await search(owner, { q: '%' })).total).toBe(0);
    expect((await search(owner, { q: '搜索测试_' })).total).toBe(0);
  });

  it.each([
    ['anonymous', 401, { q: '搜索' }],
    ['no query', 400, {}],
    ['an empty query', 400, { q: '' }],
    ['a page size of 0', 400, { q: '搜索', limit: 0 }],
    ['a page size over 50', 400, { q: '搜索', limit: 51 }],
    ['an unknown type', 400, { q: '搜索', type: 'club' }],
    ['an unknown field', 400, { q: '搜索', sort: 'name' }],
  ])('answers %s with %i problem+json', async (name, status, query) => {
    const call = api().get('/api/v1/organizations/search').query(query);
    const response = await (name === 'anonymous' ? call : call.set(as(loner)));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
