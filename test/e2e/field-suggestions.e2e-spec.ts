import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';

/**
 * GET /api/v1/reference/tech-fields/suggest (and the code lists the forms load): the fields a posting's text is about, as the posting forms
 * ask while the user types. Quality is checked on realistic texts of several fields, in both languages.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
});

afterAll(async () => {
  await app.close();
});

interface Answer {
  fields: { code: string; name: string; parentCode?: string; parentName?: string; score: number }[];
  industry: { code: string; name: string } | null;
}

const suggest = async (text: string, language = 'zh-CN'): Promise<Answer> =>
  (
    await request(app.baseUrl)
      .get('/api/v1/reference/tech-fields/suggest')
      .query({ text })
      .set('accept-language', language)
      .expect(200)
  ).body as Answer;

describe('GET /api/v1/reference/tech-fields/suggest', () => {
  it.each([
    ['退役磷酸铁锂电池包拆解后电芯容量快速分选 梯次利用', 'EV-BATTERY'],
    ['基于深度学习的 PCB 焊点外观视觉检测，替代人工目检', 'IT-VISION'],
    ['五轴联动数控机床主轴热变形补偿 加工精度', 'EQ-CNC'],
    ['钙钛矿叠层太阳能电池组件湿热稳定性', 'NE-PV'],
    ['Proton exchange membrane fuel cell stack cost reduction for heavy trucks', 'EV-FUELCELL'],
    ['Six-axis industrial robot welding seam tracking with laser sensors', 'EQ-ROBOT'],
    ['污水处理厂脱氮除磷提标改造 出水总氮', 'EP-WATER'],
    ['抗体药物 CHO 细胞培养工艺放大', 'BI-PHARMA'],
  ])('puts the right field first for “%s”', async (text, code) => {
    const { fields } = await suggest(text);
    expect(fields[0]?.code).toBe(code);
    expect(fields.length).toBeLessThanOrEqual(5);
    expect(fields.map((f) => f.score)).toEqual([...fields.map((f) => f.score)].sort((a, b) => b - a));
  });

  it('names the fields and the industry in the asked language', async () => {
    const zh = await suggest('动力电池热失控预警算法');
    expect(zh.fields[0]).toMatchObject({ code: 'EV-BATTERY', name: '动力电池', parentName: '新能源汽车' });
    expect(zh.industry).toEqual({ code: '38', name: '电气机械和器材制造业' });
    const en = await suggest('动力电池热失控预警算法', 'en');
    expect(en.fields[0]).toMatchObject({ code: 'EV-BATTERY', name: 'Traction Batteries' });
    expect(en.industry?.code).toBe('38');
  });

  it('answers no fields and no industry for text about nothing it knows', async () => {
    expect(await suggest('请于下周三前回复会议时间')).toEqual({ fields: [], industry: null });
  });

  it.each([
    ['missing', {}],
    ['empty', { text: '' }],
    ['blank', { text: '   ' }],
    ['too long', { text: '锂'.repeat(1_001) }],
  ])('refuses %s text with a problem naming the field', async (_, query) => {
    const response = await request(app.baseUrl)
      .get('/api/v1/reference/tech-fields/suggest')
      .query(query)
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(new Set((response.body.errors as { field: string }[]).map((e) => e.field))).toEqual(
      new Set(['text']),
    );
  });
});

describe('GET /api/v1/reference/industries', () => {
  interface Node {
    code: string;
    name: string;
    children?: Node[];
  }

  it('serves the four GB/T 4754 levels, cacheable, named in the asked language', async () => {
    const response = await request(app.baseUrl).get('/api/v1/reference/industries').expect(200);
    expect(response.headers['cache-control']).toContain('max-age');
    const manufacturing = (response.body as Node[]).find((section) => section.code === 'C')!;
    const electrical = manufacturing.children!.find((division) => division.code === '38')!;
    const batteries = electrical.children!.find((group) => group.code === '384')!;
    expect(batteries).toMatchObject({ name: '电池制造' });
    expect(batteries.children).toContainEqual({ code: '3841', name: '锂离子电池制造' });

    const english = (
      await request(app.baseUrl).get('/api/v1/reference/industries').set('accept-language', 'en')
    ).body as Node[];
    expect(english.find((section) => section.code === 'C')?.name).toBe('Manufacturing');
  });
});

describe('GET /api/v1/reference/regions', () => {
  interface Node {
    code: string;
    name: string;
    children?: Node[];
  }
  const nanjing = (tree: Node[]) =>
    tree.find((p) => p.code === '320000')?.children?.find((c) => c.code === '320100');

  it('names the divisions in the asked language, varying the cache by it (issue 16)', async () => {
    const chinese = await request(app.baseUrl).get('/api/v1/reference/regions').expect(200);
    expect(chinese.headers['vary']).toContain('accept-language');
    expect(nanjing(chinese.body as Node[])).toMatchObject({ name: '南京市' });

    const english = await request(app.baseUrl).get('/api/v1/reference/regions').set('accept-language', 'en');
    const tree = english.body as Node[];
    expect(tree.find((p) => p.code === '320000')?.name).toBe('Jiangsu');
    expect(nanjing(tree)).toMatchObject({ name: 'Nanjing' });
    expect(nanjing(tree)?.children).toContainEqual({ code: '320102', name: 'Xuanwu District' });
  });

  it.each(['regions', 'industries', 'tech-fields'])(
    'answers the %s tree to signed-out callers, cached for a day per language',
    async (tree) => {
      const answer = await request(app.baseUrl).get(`/api/v1/reference/${tree}`).expect(200);
      expect(answer.headers['cache-control']).toBe('public, max-age=86400');
      expect(answer.headers['vary']).toContain('accept-language');
    },
  );
});
