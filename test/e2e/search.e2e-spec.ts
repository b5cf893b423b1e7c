import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createDemand, type SignedInUser } from '../support/http.js';
import { eventually, search, startSearchWorld, type SearchWorld } from '../support/search.js';

let world: SearchWorld;
let app: SearchWorld['app'];
let owner: SignedInUser;
let organization: string;
let moderator: SignedInUser;
const ids: Record<string, string> = {};
const published = (patch: Record<string, unknown>) => world.publish(patch);

beforeAll(async () => {
  world = await startSearchWorld();
  ({ app, owner, organization, moderator } = world);
  ids.battery = await published({
    title: '锂离子电池正极材料循环寿命提升',
    description: '高镍三元正极 NCM811 电芯循环寿命不足，寻求包覆改性方案。',
    keywords: ['正极材料'],
    fields: ['EV-BATTERY'],
    regionCode: '320115',
  });
  ids.vision = await published({
    title: 'Machine vision inspection of wafer surface defects',
    description: '12 英寸晶圆表面颗粒与划痕检测，检出率 ≥ 99%。',
    fields: ['IT-VISION'],
    keywords: ['晶圆', '缺陷检测'],
    regionCode: '440305',
    category: 'common',
  });
  ids.registered = await published({
    title: '动力电池热失控预警算法',
    description: '基于 BMS 多源数据的热失控早期预警。',
    visibility: 'registered',
  });
  ids.confidential = await published({
    title: '某新能源企业寻求电池回收技术',
    description: '退役磷酸铁锂电池中锂的湿法回收，目标回收率 95%，现有供应商为甲公司。',
    visibility: 'confidential',
    teaser: '动力电池回收方向的关键工艺',
    ndaText: '查看方须对需求内容保密。',
  });
  ids.draft = await createDemand(app, owner, organization, { title: '锂电池草稿需求尚未提交' });
  ids.rejected = await createDemand(app, owner, organization, { title: '锂电池被驳回的需求' });
  await request(app.baseUrl)
    .post(`/api/v1/demands/${ids.rejected}/submit`)
    .auth(owner.token, { type: 'bearer' });
  await request(app.baseUrl)
    .post(`/api/v1/demands/${ids.rejected}/reject`)
    .auth(moderator.token, { type: 'bearer' })
    .send({ reason: '描述过于笼统' })
    .expect(200);
  // Every published demand has reached the index once the last one has.
  await eventually(async () => {
    const { hits } = await search(app, { q: '回收' }, owner.token);
    expect(hits.map((h) => h.id)).toContain(ids.confidential);
  });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/v1/search', () => {
  it('finds 锂离子电池 for 锂电池 and for "lithium-ion battery", with marked snippets', async () => {
    for (const q of ['锂电池', 'lithium-ion battery']) {
      const { hits } = await search(app, { q });
      expect(hits.map((h) => h.id)).toContain(ids.battery);
      const hit = hits.find((h) => h.id === ids.battery)!;
      expect(hit.titleHighlight).toContain('<mark>锂离子电池</mark>');
      expect(hit).toMatchObject({ kind: 'demand', title: '锂离子电池正极材料循环寿命提升' });
    }
  });

  it('finds the English machine-vision posting for 视觉检测 and labels facets in the asked language', async () => {
    const zh = await search(app, { q: '视觉检测' });
    expect(zh.hits.map((h) => h.id)).toEqual([ids.vision]);
    expect(zh.facets.field).toContainEqual({ value: 'IT-VISION', count: 1, label: '机器视觉' });
    const en = await search(app, { q: '视觉检测' }, undefined, 'en');
    expect(en.facets.field?.find((f) => f.value === 'IT-VISION')?.label).toMatch(/vision/i);
    expect(en.facets.region).toContainEqual({ value: '440000', count: 1, label: 'Guangdong' });
  });

  it('never shows drafts or rejected demands, and hides registered ones from anonymous callers', async () => {
    const anonymous = await search(app, { q: '电池' });
    const signedIn = await search(app, { q: '电池' }, owner.token);
    expect(anonymous.hits.map((h) => h.id)).not.toContain(ids.registered);
    expect(signedIn.hits.map((h) => h.id)).toContain(ids.registered);
    for (const answer of [anonymous, signedIn]) {
      expect(answer.hits.map((h) => h.id)).not.toEqual(expect.arrayContaining([ids.draft]));
      expect(answer.hits.map((h) => h.id)).not.toEqual(expect.arrayContaining([ids.rejected]));
    }
  });

  it('shows a confidential demand as its teaser and cannot be probed for its content', async () => {
    const { hits } = await search(app, { q: '电池回收' });
    const hit = hits.find((h) => h.id === ids.confidential)!;
    // 动力电池回收 is itself a thesaurus term of the 电池回收 group, so it is marked whole.
    expect(hit.snippet).toBe('<mark>动力电池回收</mark>方向的关键工艺');
    expect((await search(app, { q: '磷酸铁锂 湿法' }, owner.token)).hits).toEqual([]);
    expect((await search(app, { q: '供应商 甲公司' }, owner.token)).hits).toEqual([]);
  });

  it('filters by a province and drills down to its cities', async () => {
    const jiangsu = await search(app, { q: '电池', regionCode: '320000' });
    expect(jiangsu.hits.map((h) => h.id)).toContain(ids.battery);
    expect(jiangsu.facets.city).toContainEqual(expect.objectContaining({ value: '320100' }));
    expect((await search(app, { q: '电池', regionCode: '440000' })).hits).toEqual([]);
  });

  it('removes a demand from search when it is closed', async () => {
    const id = await published({ title: '氢燃料电池膜电极国产化', fields: ['EV-FUELCELL'] });
    await eventually(async () =>
      expect((await search(app, { q: '膜电极' })).hits.map((h) => h.id)).toEqual([id]),
    );
    await request(app.baseUrl)
      .post(`/api/v1/demands/${id}/close`)
      .auth(owner.token, { type: 'bearer' })
      .send({})
      .expect(200);
    await eventually(async () => expect((await search(app, { q: '膜电极' })).hits).toEqual([]));
  });

  it('answers odd queries with an honest empty result, and bad ones with 400, never a 5xx', async () => {
    for (const q of ['！？。…', '🔋🚗', '的 了 the', '\u200b\u200b']) {
      expect(await search(app, { q })).toMatchObject({ total: 0, hits: [] });
    }
    for (const q of [
      "'; DROP TABLE search_documents; --",
      "x' OR 1=1 --",
      '锂电池 & | ! :* <->',
      'ＮＣＭ811 电芯🔋',
    ]) {
      const response = await request(app.baseUrl).get('/api/v1/search').query({ q });
      expect(response.status).toBe(200);
    }
    expect((await search(app, { q: 'ＮＣＭ811' })).hits.map((h) => h.id)).toEqual([ids.battery]);
    for (const query of [{}, { q: '' }, { q: '   ' }, { q: '锂'.repeat(101) }, { q: 'a\u0000b' }]) {
      const response = await request(app.baseUrl).get('/api/v1/search').query(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('validates facet values against the taxonomy with per-field errors', async () => {
    const response = await request(app.baseUrl)
      .get('/api/v1/search')
      .query({
        q: '电池',
        field: 'EV-NOPE',
        regionCode: '999999',
        category: 'bogus',
        trlMin: 12,
        kind: 'spaceship',
      })
      .set('accept-language', 'en')
      .expect(400);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['kind', 'regionCode', 'trlMin']));
    const semantic = await request(app.baseUrl)
      .get('/api/v1/search')
      .query({ q: '电池', field: 'EV-NOPE', category: 'bogus', trlMin: 7, trlMax: 3 })
      .expect(400);
    expect((semantic.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'category',
      'field',
      'trlMax',
    ]);
  });
});

describe('GET /api/v1/search/suggest', () => {
  it('completes a prefix with domain terms and visible titles', async () => {
    const { body } = await request(app.baseUrl)
      .get('/api/v1/search/suggest')
      .query({ q: '锂离子' })
      .expect(200);
    const texts = (body.suggestions as { text: string; type: string }[]).map((s) => s.text);
    expect(texts).toContain('锂离子电池');
    expect(texts).toContain('锂离子电池正极材料循环寿命提升');
    expect(texts.length).toBeLessThanOrEqual(10);
  });

  it('never suggests a registered-only title to an anonymous caller', async () => {
    const { body } = await request(app.baseUrl)
      .get('/api/v1/search/suggest')
      .query({ q: '热失控' })
      .expect(200);
    expect((body.suggestions as { text: string }[]).map((s) => s.text)).not.toContain(
      '动力电池热失控预警算法',
    );
  });
});
