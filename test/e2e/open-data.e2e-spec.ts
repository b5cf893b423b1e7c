import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { party, moderatorOf } from '../support/factories.js';
import { createDemand, publishDemand, signUp, type Party, type SignedInUser } from '../support/http.js';

/**
 * Open data for integrators: an organization's admins hold API keys (shown once, stored hashed, limited
 * per minute), and the keys read change feeds of listed demands and achievements that publish teasers
 * only for confidential postings and tombstones for postings that left the board.
 */
const MARKER = 'ZZSECRETMARKER';

let app: TestApp;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
/** A plain member of the enterprise (not an admin). */
let member: SignedInUser;

const api = () => request(app.baseUrl);
const as = (p: Party) => ({ Authorization: `Bearer ${p.user.token}`, 'X-Organization-Id': p.org });

async function createKey(owner: Party, body: object = { name: '省技术市场同步' }): Promise<string> {
  const response = await api().post('/api/v1/api-keys').set(as(owner)).send(body).expect(201);
  return response.body.key as string;
}

interface FeedItem {
  id: string;
  deleted: boolean;
  [field: string]: unknown;
}
interface FeedPage {
  items: FeedItem[];
  nextCursor: string | null;
  hasMore: boolean;
}

/** Every item after `since`, page by page, as an integrator syncs. */
async function readAll(key: string, kind: 'demands' | 'achievements', since?: string, limit = 2) {
  const items: FeedItem[] = [];
  let cursor = since;
  for (;;) {
    const response = await api()
      .get(`/api/v1/open/${kind}`)
      .set('X-Api-Key', key)
      .query({ limit, ...(cursor ? { since: cursor } : {}) })
      .expect(200);
    const page = response.body as FeedPage;
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    if (!page.hasMore) return { items, cursor, raw: JSON.stringify(items) };
  }
}

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { OPEN_FEED_SETTLE_SECONDS: '0' } });
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise', { verified: true });
  university = await party(app, 'university', { verified: true });
  member = await signUp(app);
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
    [enterprise.org, member.id],
  );
}, 120_000);

afterAll(async () => {
  await app.close();
});

describe('API keys', () => {
  it('shows the key once, keeps only its hash and lists it without the secret', async () => {
    const created = await api()
      .post('/api/v1/api-keys')
      .set(as(enterprise))
      .send({ name: 'ERP 集成', rateLimitPerMinute: 120 })
      .expect(201);
    const key = created.body.key as string;
    expect(key).toMatch(/^dj_key_/);
    expect(created.body).toMatchObject({
      name: 'ERP 集成',
      rateLimitPerMinute: 120,
      prefix: key.slice(0, 12),
    });
    const [row] = await app.dataSource.query<{ key_hash: string }[]>(
      'SELECT key_hash FROM api_keys WHERE id = $1',
      [created.body.id],
    );
    expect(row!.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    const listed = await api().get('/api/v1/api-keys').set(as(enterprise)).expect(200);
    expect(listed.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: created.body.id, name: 'ERP 集成' })]),
    );
    expect(JSON.stringify(listed.body)).not.toContain(key);
  });

  it.each([
    [
      'a plain member',
      () => ({ Authorization: `Bearer ${member.token}`, 'X-Organization-Id': enterprise.org }),
      403,
    ],
    ['an admin of another organization', () => as(university), 404],
  ])('refuses to let %s revoke a key of the organization', async (_who, headers, status) => {
    const created = await api().post('/api/v1/api-keys').set(as(enterprise)).send({ name: 'k' }).expect(201);
    await api().delete(`/api/v1/api-keys/${created.body.id}`).set(headers()).expect(status);
    await api().get('/api/v1/open/demands').set('X-Api-Key', created.body.key).expect(200);
  });

  it('lets only owners and admins create or list keys', async () => {
    await api()
      .post('/api/v1/api-keys')
      .set({ Authorization: `Bearer ${member.token}`, 'X-Organization-Id': enterprise.org })
      .send({ name: 'k' })
      .expect(403);
    await api()
      .get('/api/v1/api-keys')
      .set({ Authorization: `Bearer ${member.token}`, 'X-Organization-Id': enterprise.org })
      .expect(403);
    await api().get('/api/v1/api-keys').expect(401);
    // A key acts as a plain member: it cannot mint more keys.
    const key = await createKey(enterprise);
    await api().post('/api/v1/api-keys').set('X-Api-Key', key).send({ name: 'k2' }).expect(403);
  });

  it('answers bad input with problem+json field errors and creates nothing', async () => {
    const before = await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM api_keys');
    const bad = await api()
      .post('/api/v1/api-keys')
      .set(as(enterprise))
      .send({ name: '', rateLimitPerMinute: 0, extra: 1 })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const fields = (bad.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'rateLimitPerMinute']));
    const noOrganization = await api()
      .post('/api/v1/api-keys')
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ name: 'k' })
      .expect(400);
    expect(noOrganization.body.errors).toEqual([expect.objectContaining({ field: 'X-Organization-Id' })]);
    const after = await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM api_keys');
    expect(after).toEqual(before);
  });

  it('authenticates as a bearer credential or X-Api-Key, and not at all once revoked', async () => {
    const created = await api().post('/api/v1/api-keys').set(as(enterprise)).send({ name: 'k' }).expect(201);
    const key = created.body.key as string;
    await api().get('/api/v1/open/demands').auth(key, { type: 'bearer' }).expect(200);
    await api().get('/api/v1/open/demands').set('X-Api-Key', key).expect(200);
    await api().get('/api/v1/open/demands').set('X-Api-Key', `${key}x`).expect(401);
    await api().get('/api/v1/open/demands').expect(401);
    await api().delete(`/api/v1/api-keys/${created.body.id}`).set(as(enterprise)).expect(204);
    await api().get('/api/v1/open/demands').set('X-Api-Key', key).expect(401);
    const listed = await api().get('/api/v1/api-keys').set(as(enterprise)).expect(200);
    expect((listed.body as { id: string }[]).map((k) => k.id)).not.toContain(created.body.id);
  });

  it('stops a key once its creator is no longer an owner or admin of the organization', async () => {
    const admin = await signUp(app);
    await app.dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')`,
      [enterprise.org, admin.id],
    );
    const keyOf = async () =>
      (
        await api()
          .post('/api/v1/api-keys')
          .auth(admin.token, { type: 'bearer' })
          .set('x-organization-id', enterprise.org)
          .send({ name: '离任管理员的密钥' })
          .expect(201)
      ).body.key as string;
    const demoted = await keyOf();
    await api().get('/api/v1/open/demands').set('X-Api-Key', demoted).expect(200);
    await api()
      .patch(`/api/v1/organizations/${enterprise.org}/members/${admin.id}`)
      .set(as(enterprise))
      .send({ role: 'member' })
      .expect(200);
    await api().get('/api/v1/open/demands').set('X-Api-Key', demoted).expect(401);
    await api()
      .patch(`/api/v1/organizations/${enterprise.org}/members/${admin.id}`)
      .set(as(enterprise))
      .send({ role: 'admin' })
      .expect(200);
    const removed = await keyOf();
    await api().get('/api/v1/open/demands').set('X-Api-Key', removed).expect(200);
    await api()
      .delete(`/api/v1/organizations/${enterprise.org}/members/${admin.id}`)
      .set(as(enterprise))
      .expect(204);
    await api().get('/api/v1/open/demands').set('X-Api-Key', removed).expect(401);
  });

  it('answers requests over the key’s limit with 429 and Retry-After, other keys unaffected', async () => {
    const limited = await createKey(enterprise, { name: 'tight', rateLimitPerMinute: 3 });
    const other = await createKey(enterprise, { name: 'other', rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1)
      await api().get('/api/v1/open/demands').set('X-Api-Key', limited).expect(200);
    const refused = await api().get('/api/v1/open/demands').set('X-Api-Key', limited).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await api().get('/api/v1/open/demands').set('X-Api-Key', other).expect(200);
  });
});

describe('change feeds', () => {
  let key: string;
  let validateDemand: (item: unknown) => boolean;
  let validateAchievement: (item: unknown) => boolean;

  beforeAll(async () => {
    key = await createKey(university, { name: 'mirror', rateLimitPerMinute: 1000 });
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // ajv-formats is CommonJS: its plugin is the module itself under Node, `.default` to the compiler.
    (formats as unknown as typeof formats.default)(ajv);
    const demandSchema = await api().get('/api/v1/open/schemas/demand.json').expect(200);
    expect(demandSchema.headers['content-type']).toContain('application/schema+json');
    expect(demandSchema.body.$id).toBe(`${app.baseUrl}/api/v1/open/schemas/demand.json`);
    const achievementSchema = await api().get('/api/v1/open/schemas/achievement.json').expect(200);
    validateDemand = ajv.compile(demandSchema.body as object);
    validateAchievement = ajv.compile(achievementSchema.body as object);
  });

  it('publishes listed demands, confidential ones as teasers, and tombstones those that leave the board', async () => {
    const start = (await readAll(key, 'demands')).cursor;
    const open = await createDemand(app, enterprise.user, enterprise.org, { title: '公开需求：电池热管理' });
    await publishDemand(app, enterprise.user, moderator, open);
    const secret = await createDemand(app, enterprise.user, enterprise.org, {
      title: '保密需求：隔膜涂覆',
      visibility: 'confidential',
      teaser: '某电池企业寻求隔膜涂覆工艺',
      ndaText: '保密协议',
      description: `涂覆浆料配方 ${MARKER}`,
      keywords: [MARKER],
      contact: { name: MARKER, phone: '025-12345678' },
    });
    await publishDemand(app, enterprise.user, moderator, secret);
    const draft = await createDemand(app, enterprise.user, enterprise.org, { title: '草稿需求' });

    const first = await readAll(key, 'demands', start);
    const byId = new Map(first.items.map((item) => [item.id, item]));
    expect(byId.get(open)).toMatchObject({ deleted: false, redacted: false, title: '公开需求：电池热管理' });
    expect(byId.get(open)!.description).toEqual(expect.any(String));
    expect(byId.get(secret)).toMatchObject({
      deleted: false,
      redacted: true,
      teaser: '某电池企业寻求隔膜涂覆工艺',
      description: null,
      budgetMinWan: null,
      regionCode: '320000',
    });
    expect(first.raw).not.toContain(MARKER);
    expect(byId.has(draft)).toBe(false);
    expect(JSON.stringify(first.items)).not.toContain('contact');
    for (const item of first.items) expect(validateDemand(item)).toBe(true);
    // Each row once, in (updatedAt, id) order, across pages of two.
    expect(new Set(first.items.map((item) => item.id)).size).toBe(first.items.length);

    // Nothing changed: the same cursor comes back with no items.
    const idle = await api().get('/api/v1/open/demands').set('X-Api-Key', key).query({ since: first.cursor });
    expect(idle.body).toEqual({ items: [], nextCursor: first.cursor, hasMore: false });

    await api()
      .post(`/api/v1/demands/${open}/close`)
      .set(as(enterprise))
      .send({ reason: '已解决' })
      .expect(200);
    const second = await readAll(key, 'demands', first.cursor);
    expect(second.items).toEqual([{ id: open, deleted: true, updatedAt: expect.any(String) }]);
    expect(validateDemand(second.items[0])).toBe(true);
  });

  it('publishes achievements the same way and tombstones an archived one', async () => {
    const start = (await readAll(key, 'achievements')).cursor;
    const secret = await createPosting(app, 'achievement', university.user, university.org, {
      visibility: 'confidential',
      teaser: '高校固态电池包覆技术',
      abstract: `工艺窗口 ${MARKER}`,
    });
    await publishPosting(app, 'achievement', university.user, moderator, secret);
    const page = await readAll(key, 'achievements', start);
    expect(page.items).toEqual([
      expect.objectContaining({ id: secret, redacted: true, abstract: null, priceWan: null }),
    ]);
    expect(page.raw).not.toContain(MARKER);
    expect(validateAchievement(page.items[0])).toBe(true);
    await api().post(`/api/v1/achievements/${secret}/archive`).set(as(university)).expect(200);
    const after = await readAll(key, 'achievements', page.cursor);
    expect(after.items).toEqual([{ id: secret, deleted: true, updatedAt: expect.any(String) }]);
  });

  it.each([
    [{ since: 'not-a-cursor' }, 'since'],
    [
      {
        since: Buffer.from(JSON.stringify(['yesterday', '00000000-0000-0000-0000-000000000000'])).toString(
          'base64url',
        ),
      },
      'since',
    ],
    [{ limit: '0' }, 'limit'],
    [{ limit: '501' }, 'limit'],
  ])('rejects %j with a field error', async (query, field) => {
    const response = await api().get('/api/v1/open/demands').set('X-Api-Key', key).query(query).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });
});

describe('imports of demand and achievement lists', () => {
  interface ReportRow {
    row: number;
    outcome: string;
    id?: string;
    duplicateOf?: { id: string };
    errors?: { field: string; label: string; message: string }[];
  }
  const demandRow = (patch: Record<string, unknown> = {}) => ({
    title: '光伏组件隐裂在线检测',
    description: '需要在层压前对光伏组件进行电致发光检测，自动识别隐裂和断栅，节拍不超过 30 秒。',
    category: 'efficiency',
    fields: ['EV-BATTERY'],
    regionCode: '320115',
    cooperationModes: ['development'],
    ...patch,
  });

  it('creates new rows as drafts, reports near-same ones as duplicates and bad ones with the form’s labels', async () => {
    const existing = await createDemand(app, enterprise.user, enterprise.org);
    const response = await api()
      .post('/api/v1/imports')
      .set(as(enterprise))
      .send({
        kind: 'demand',
        rows: [
          demandRow({ title: '高镍三元正极材料的循环寿命提升' }),
          demandRow(),
          demandRow({ title: '', budgetMinWan: -1 }),
          demandRow({ title: '光伏组件隐裂的在线检测' }),
        ],
      })
      .expect(201);
    const rows = response.body.rows as ReportRow[];
    expect(response.body).toMatchObject({ totalRows: 4, createdCount: 1, duplicateCount: 2, errorCount: 1 });
    expect(rows[0]).toMatchObject({ row: 1, outcome: 'duplicate', duplicateOf: { id: existing } });
    expect(rows[1]).toMatchObject({ row: 2, outcome: 'created', id: expect.any(String) });
    expect(rows[2]!.outcome).toBe('error');
    expect(rows[2]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', label: '需求名称' }),
        expect.objectContaining({ field: 'budgetMinWan', label: '最低预算' }),
      ]),
    );
    expect(rows[3]).toMatchObject({ row: 4, outcome: 'duplicate', duplicateOf: { id: rows[1]!.id } });
    const [created] = await app.dataSource.query<{ status: string; organization_id: string }[]>(
      'SELECT status, organization_id FROM demands WHERE id = $1',
      [rows[1]!.id],
    );
    expect(created).toEqual({ status: 'draft', organization_id: enterprise.org });

    const english = await api()
      .get(`/api/v1/imports/${response.body.id}`)
      .set(as(enterprise))
      .set('Accept-Language', 'en')
      .expect(200);
    expect((english.body.rows as ReportRow[])[2]!.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'budgetMinWan', label: 'Minimum budget' })]),
    );
    await api().get(`/api/v1/imports/${response.body.id}`).set(as(university)).expect(404);
  });

  it('imports achievements through an API key, a retitled abstract counting as a duplicate', async () => {
    const key = await createKey(university, { name: 'importer' });
    const abstract =
      '采用喷雾热解法制备的富锂锰基正极材料，首次库伦效率 90%，0.5C 循环 500 次容量保持率 95%。';
    const row = (title: string) => ({
      title,
      abstract,
      fields: ['EV-BATTERY'],
      trl: 5,
      maturity: 'bench',
      transferModes: ['licensing'],
      regionCode: '320111',
    });
    const response = await api()
      .post('/api/v1/imports')
      .set('X-Api-Key', key)
      .send({
        kind: 'achievement',
        rows: [row('富锂锰基正极材料制备技术'), row('富锂锰基正极材料喷雾热解制备')],
      })
      .expect(201);
    expect((response.body.rows as ReportRow[]).map((r) => r.outcome)).toEqual(['created', 'duplicate']);
    const [owner] = await app.dataSource.query<{ organization_id: string }[]>(
      'SELECT organization_id FROM achievements WHERE id = $1',
      [(response.body.rows as ReportRow[])[0]!.id],
    );
    expect(owner!.organization_id).toBe(university.org);
  });

  it.each([
    [{ kind: 'project', rows: [{}] }, 'kind'],
    [{ kind: 'demand', rows: [] }, 'rows'],
    [{ kind: 'demand', rows: ['not an object'] }, 'rows'],
  ])('rejects %j with a field error and imports nothing', async (body, field) => {
    const before = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM posting_imports',
    );
    const response = await api().post('/api/v1/imports').set(as(enterprise)).send(body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    const after = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM posting_imports',
    );
    expect(after).toEqual(before);
  });

  it('imports an Excel sheet made from the template, names read as codes, rows numbered as Excel shows them', async () => {
    const template = await api()
      .get('/api/v1/imports/template?kind=demand')
      .set(as(enterprise))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('需求名称 Title');
    // Row 2 is the template's example, retitled; row 3 leaves the title out and asks for a negative budget.
    sheet.getCell('A2').value = '钠离子电池低温放电性能提升';
    sheet.getCell('B3').value = '描述足够长的一段需求文字，用来说明要解决的技术问题。';
    sheet.getCell('C3').value = '行业共性技术';
    sheet.getCell('I3').value = -5;
    expect(sheet.getCell('I1').value).toBe('最低预算 Minimum budget');
    const upload = (body: Buffer, kind = 'demand') =>
      api()
        .post(`/api/v1/imports/xlsx?kind=${kind}`)
        .set(as(enterprise))
        .set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer())).expect(201);
    const rows = response.body.rows as ReportRow[];
    expect(response.body).toMatchObject({ format: 'xlsx', totalRows: 2, createdCount: 1, errorCount: 1 });
    expect(rows[0]).toMatchObject({ row: 2, outcome: 'created' });
    expect(rows[1]).toMatchObject({ row: 3, outcome: 'error' });
    expect(rows[1]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', label: '需求名称' }),
        expect.objectContaining({ field: 'budgetMinWan', label: '最低预算' }),
      ]),
    );
    const [created] = await app.dataSource.query<Record<string, unknown>[]>(
      'SELECT industry_code, region_code, category, cooperation_modes, fields FROM demands WHERE id = $1',
      [rows[0]!.id],
    );
    expect(created).toEqual({
      industry_code: '3841',
      region_code: '320000',
      category: 'chokepoint',
      cooperation_modes: ['development', 'transfer'],
      fields: ['EV-BATTERY'],
    });

    const notASheet = await upload(Buffer.from('title,description\n')).expect(400);
    expect(notASheet.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'not-xlsx' })]);
    const untitled = new ExcelJS.Workbook();
    untitled.addWorksheet('x').addRow(['名称', '描述']);
    const noTitle = await upload(Buffer.from(await untitled.xlsx.writeBuffer())).expect(400);
    expect(noTitle.body.errors).toEqual([expect.objectContaining({ code: 'sheet-without-title' })]);
    await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'project').expect(400);
  });

  it('needs an organization to act for and a signed-in caller', async () => {
    await api()
      .post('/api/v1/imports')
      .send({ kind: 'demand', rows: [demandRow()] })
      .expect(401);
    const response = await api()
      .post('/api/v1/imports')
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ kind: 'demand', rows: [demandRow()] })
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'X-Organization-Id' })]);
  });
});
