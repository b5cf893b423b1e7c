import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  MeiliSearchEngine,
  PostgresSearchEngine,
  TextAnalyzer,
  type Audience,
  type EngineQuery,
  type SearchDocument,
  type SearchEngine,
  type SearchFilters,
} from '#search';
import { createTestDatabase, type TestDatabase } from '#testing';
import { createDataSource } from '../../migrations/data-source.js';

/**
 * The SearchEngine contract: every adapter must pass the same suite. PostgreSQL always runs; Meilisearch
 * runs when MEILI_URL points at a server (e.g. `docker compose --profile search up meilisearch`).
 */
const analyzer = TextAnalyzer.shared();

function doc(patch: Partial<SearchDocument> & { title: string }): SearchDocument {
  return {
    kind: 'demand',
    id: randomUUID(),
    organizationId: null,
    keywords: [],
    body: '',
    teaser: null,
    visibility: 'public',
    status: 'published',
    category: 'common',
    maturity: null,
    industryCode: '38',
    fields: ['EV-BATTERY'],
    regionCode: '320115',
    trl: 5,
    amountMinWan: 50,
    amountMaxWan: 100,
    stage: null,
    instrument: null,
    societyId: null,
    publishedAt: new Date('2026-06-01T00:00:00Z'),
    deadline: '2027-06-30',
    ...patch,
  };
}

/** A confidential demand in Nanjing's 江宁区 with a budget of 150–160 万元 its teaser view withholds. */
const confidentialDemand = () =>
  doc({
    title: '某企业寻求储能温控方案',
    visibility: 'confidential',
    teaser: '储能温控方向',
    regionCode: '320115',
    amountMinWan: 150,
    amountMaxWan: 160,
  });

function query(
  text: string,
  patch: { filters?: SearchFilters; audience?: Audience; sort?: EngineQuery['sort']; limit?: number } = {},
): EngineQuery {
  return {
    query: analyzer.parse(text),
    filters: patch.filters ?? {},
    audience: patch.audience ?? 'signed-in',
    sort: patch.sort ?? 'relevance',
    offset: 0,
    limit: patch.limit ?? 20,
  };
}

interface Adapter {
  name: string;
  skip?: string;
  create(): Promise<{ engine: SearchEngine; close(): Promise<void> }>;
}

let database: TestDatabase;
let dataSource: DataSource;

const adapters: Adapter[] = [
  {
    name: 'postgres',
    async create() {
      return { engine: new PostgresSearchEngine(dataSource), close: async () => undefined };
    },
  },
  {
    name: 'meilisearch',
    skip: process.env.MEILI_URL ? undefined : 'MEILI_URL is not set, so there is no Meilisearch to test',
    async create() {
      const engine = new MeiliSearchEngine({
        url: process.env.MEILI_URL!,
        apiKey: process.env.MEILI_API_KEY,
        prefix: `contract-${randomUUID().slice(0, 8)}`,
      });
      return {
        engine,
        async close() {
          for (const kind of ['demand', 'expert', 'achievement', 'project', 'financing-offer'] as const)
            await engine.client.deleteIndexIfExists(engine.uid(kind));
        },
      };
    },
  },
];

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.url).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe.each(adapters)('SearchEngine contract: $name', (adapter) => {
  if (adapter.skip) {
    it.skip(`skipped: ${adapter.skip}`, () => undefined);
    // Printed so a green run says plainly what it did not cover.
    console.warn(`[search contract] ${adapter.name} skipped: ${adapter.skip}`);
    return;
  }

  let engine: SearchEngine;
  let close: () => Promise<void>;
  const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

  beforeAll(async () => {
    ({ engine, close } = await adapter.create());
  });

  afterAll(async () => {
    await close();
  });

  beforeEach(async () => {
    await engine.remove(await engine.keys());
  });

  it('finds Chinese and English postings through the thesaurus, in both directions', async () => {
    const zh = doc({ title: '锂离子电池正极材料改性', body: '高镍三元正极循环寿命不足' });
    const en = doc({ title: 'Lithium-ion battery separator coating', body: 'Ceramic coated separators' });
    const vision = doc({
      title: '晶圆表面缺陷机器视觉方案',
      body: '12 英寸晶圆颗粒与划痕',
      fields: ['IT-VISION'],
    });
    const other = doc({ title: '印染废水深度处理', body: '出水 COD 低于 50', fields: ['EP-WATER'] });
    await engine.upsert([zh, en, vision, other]);

    expect(ids((await engine.search(query('锂电池'))).hits).sort()).toEqual([zh.id, en.id].sort());
    expect(ids((await engine.search(query('lithium-ion battery'))).hits).sort()).toEqual(
      [zh.id, en.id].sort(),
    );
    expect(ids((await engine.search(query('视觉检测'))).hits)).toEqual([vision.id]);
    expect((await engine.search(query('量子通信'))).hits).toEqual([]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const inBody = doc({ title: '正极材料改性', body: '需要提升锂电池的循环寿命' });
    const inTitle = doc({ title: '锂电池循环寿命提升', body: '正极材料改性方案' });
    await engine.upsert([inBody, inTitle]);
    const { hits } = await engine.search(query('锂电池'));
    expect(ids(hits)).toEqual([inTitle.id, inBody.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('still finds a Latin term typed with a typo', async () => {
    const target = doc({ title: 'Perovskite tandem solar cell encapsulation' });
    await engine.upsert([target, doc({ title: 'Graphene thermal film' })]);
    expect(ids((await engine.search(query('perovskit tandem'))).hits)).toEqual([target.id]);
  });

  it('leaves a correctly spelled word no posting uses alone rather than "correct" it into another', async () => {
    // anodize is trigram-similar to anode (0.4) but two edits away: a different word, not a typo of it.
    await engine.upsert([doc({ title: 'Anode slurry coating line' })]);
    const result = await engine.search(query('anodize'));
    expect(result.hits).toEqual([]);
    expect(result.corrections).toEqual({});
  });

  it('indexes a confidential posting by its title and teaser only', async () => {
    const secret = doc({
      title: '某新能源企业寻求电池技术',
      visibility: 'confidential',
      teaser: '动力电池热管理方向',
      body: '采用钠离子电池与液冷板的具体参数',
      keywords: ['钠离子电池'],
    });
    await engine.upsert([secret]);
    expect((await engine.search(query('钠离子电池'))).hits).toEqual([]);
    expect((await engine.search(query('液冷板'))).hits).toEqual([]);
    const { hits } = await engine.search(query('热管理'));
    expect(ids(hits)).toEqual([secret.id]);
    expect(hits[0]!.body).toBe('动力电池热管理方向');
  });

  it('filters and facets a confidential posting by its teaser values only: no amount, its province', async () => {
    const secret = confidentialDemand();
    const offer = doc({
      kind: 'financing-offer',
      title: '储能产业基金',
      visibility: 'confidential',
      teaser: '储能方向股权投资',
      regionCode: '320000',
      amountMinWan: 500,
      amountMaxWan: 3000,
    });
    await engine.upsert([secret, offer]);
    const found = async (filters: SearchFilters) =>
      ids((await engine.search(query('储能', { filters: { kind: 'demand', ...filters } }))).hits);
    expect(await found({})).toEqual([secret.id]);
    // The budget is withheld: no amount range brackets it, and the amount facet does not count it.
    expect(await found({ amountMinWan: 150, amountMaxWan: 160 })).toEqual([]);
    expect(await found({ amountMaxWan: 1000 })).toEqual([]);
    const { facets } = await engine.search(query('储能', { filters: { kind: 'demand' } }));
    expect(facets.amount ?? {}).toEqual({});
    // Shown as 江苏省: found by the province, not by the district or city it is really in.
    expect(await found({ regionCode: '320000' })).toEqual([secret.id]);
    expect(await found({ regionCode: '320115' })).toEqual([]);
    expect(await found({ regionCode: '320100' })).toEqual([]);
    expect(facets.region).toEqual({ '320000': 1 });
    // An offer's ticket range is part of its teaser view, so it still filters.
    const offers = await engine.search(
      query('储能', { filters: { kind: 'financing-offer', amountMinWan: 1000 } }),
    );
    expect(ids(offers.hits)).toEqual([offer.id]);
  });

  it('hides registered-only postings from anonymous callers', async () => {
    const open = doc({ title: '风电叶片无损检测' });
    const members = doc({ title: '风电叶片雷击防护', visibility: 'registered' });
    await engine.upsert([open, members]);
    expect(ids((await engine.search(query('风电', { audience: 'anonymous' }))).hits)).toEqual([open.id]);
    expect(ids((await engine.search(query('风电', { audience: 'signed-in' }))).hits).sort()).toEqual(
      [open.id, members.id].sort(),
    );
    const suggested = await engine.suggest(analyzer.parse('风电'), 'anonymous', undefined, 10);
    expect(suggested.map((s) => s.id)).toEqual([open.id]);
  });

  it('proposes the best matches for any of several queries, within filters and audience', async () => {
    const battery = doc({ title: '锂离子电池热失控预警', keywords: ['热失控'] });
    const hydrogen = doc({ title: '氢燃料电池电堆寿命提升' });
    const both = doc({ title: '锂电池与氢燃料电池混合动力', keywords: ['锂电池', '氢燃料电池'] });
    const members = doc({ title: '氢燃料电池双极板', visibility: 'registered' });
    const otherKind = doc({ kind: 'achievement', title: '锂电池回收' });
    const unrelated = doc({ title: '印染废水深度处理', fields: ['EP-WATER'] });
    await engine.upsert([battery, hydrogen, both, members, otherKind, unrelated]);
    const queries = [analyzer.parse('锂电池'), analyzer.parse('氢燃料电池')];

    const keys = await engine.bestMatches(queries, { kind: 'demand' }, 'anonymous', 10);
    expect(keys.map((k) => k.id).sort()).toEqual([battery.id, hydrogen.id, both.id].sort());
    expect(keys.every((k) => k.kind === 'demand')).toBe(true);
    const signedIn = await engine.bestMatches(queries, { kind: 'demand' }, 'signed-in', 10);
    expect(signedIn.map((k) => k.id)).toContain(members.id);
    expect(await engine.bestMatches(queries, { kind: 'demand' }, 'anonymous', 2)).toHaveLength(2);
    expect(await engine.bestMatches([analyzer.parse('！？')], {}, 'anonymous', 10)).toEqual([]);
  });

  it('filters by facets and counts them over the matches', async () => {
    const nanjing = doc({
      title: '储能电池热失控预警',
      regionCode: '320115',
      fields: ['EV-BATTERY'],
      trl: 6,
    });
    const suzhou = doc({
      title: '储能液流电池降本',
      regionCode: '320506',
      fields: ['NE-STORAGE'],
      trl: 4,
      industryCode: '3841',
    });
    const hangzhou = doc({
      title: '储能变流器国产化',
      industryCode: '4415',
      regionCode: '330106',
      fields: ['NE-STORAGE'],
      trl: 8,
      category: 'chokepoint',
      amountMinWan: 800,
      amountMaxWan: 1_500,
    });
    await engine.upsert([nanjing, suzhou, hangzhou]);

    const all = await engine.search(query('储能'));
    expect(all.total).toBe(3);
    expect(all.facets.region).toEqual({ '320000': 2, '330000': 1 });
    expect(all.facets.field).toMatchObject({ NE: 2, 'NE-STORAGE': 2, EV: 1, 'EV-BATTERY': 1 });
    expect(all.facets.category).toEqual({ common: 2, chokepoint: 1 });
    expect(all.facets.amount).toEqual({ '100-500': 2, '1000+': 1 });
    expect(all.facets.trl).toEqual({ '4': 1, '6': 1, '8': 1 });

    const jiangsu = await engine.search(query('储能', { filters: { regionCode: '320000' } }));
    expect(ids(jiangsu.hits).sort()).toEqual([nanjing.id, suzhou.id].sort());
    expect(jiangsu.facets.city).toEqual({ '320100': 1, '320500': 1 });
    expect(ids((await engine.search(query('储能', { filters: { regionCode: '320500' } }))).hits)).toEqual([
      suzhou.id,
    ]);
    expect(ids((await engine.search(query('储能', { filters: { field: 'NE' } }))).hits).sort()).toEqual(
      [suzhou.id, hangzhou.id].sort(),
    );
    expect(ids((await engine.search(query('储能', { filters: { trlMin: 5, trlMax: 7 } }))).hits)).toEqual([
      nanjing.id,
    ]);
    expect(ids((await engine.search(query('储能', { filters: { amountMinWan: 1_000 } }))).hits)).toEqual([
      hangzhou.id,
    ]);
    expect(ids((await engine.search(query('储能', { filters: { category: 'chokepoint' } }))).hits)).toEqual([
      hangzhou.id,
    ]);
    // An industry filter of any GB/T 4754 level finds what is filed under a finer code.
    const industry = async (industryCode: string) =>
      ids((await engine.search(query('储能', { filters: { industryCode } }))).hits).sort();
    expect(await industry('38')).toEqual([nanjing.id, suzhou.id].sort());
    expect(await industry('384')).toEqual([suzhou.id]);
    expect(await industry('C')).toEqual([nanjing.id, suzhou.id].sort());
    expect(await industry('D')).toEqual([hangzhou.id]);
    expect(ids((await engine.search(query('储能', { filters: { kind: 'expert' } }))).hits)).toEqual([]);
  });

  it('keeps one meaning per facet: a demand’s category, an achievement’s maturity', async () => {
    const demand = doc({ title: '储能电站消防', category: 'chokepoint' });
    const achievement = doc({
      kind: 'achievement',
      title: '储能电池管理',
      category: null,
      maturity: 'pilot',
    });
    await engine.upsert([demand, achievement]);
    const all = await engine.search(query('储能'));
    expect(all.facets.category).toEqual({ chokepoint: 1 });
    expect(all.facets.maturity).toEqual({ pilot: 1 });
    expect(ids((await engine.search(query('储能', { filters: { maturity: 'pilot' } }))).hits)).toEqual([
      achievement.id,
    ]);
  });

  it('finds narrower terms and the field a posting is filed under, below postings that say the word', async () => {
    const says = doc({ title: '锂离子电池低温性能提升', fields: ['NE-STORAGE'] });
    const narrower = doc({ title: '电芯极片涂布一致性', fields: ['NE-STORAGE'] });
    const filed = doc({ title: '冲压件表面划痕自动识别', fields: ['IT-VISION'] });
    const other = doc({ title: '冲压模具寿命提升', fields: ['EQ-SMART'] });
    await engine.upsert([says, narrower, filed, other]);
    expect(ids((await engine.search(query('锂电池'))).hits)).toEqual([says.id, narrower.id]);
    expect(ids((await engine.search(query('lithium'))).hits).sort()).toEqual([says.id, narrower.id].sort());
    expect(ids((await engine.search(query('machine vision'))).hits)).toEqual([filed.id]);
  });

  it('sorts by newest, deadline and budget', async () => {
    const a = doc({
      title: '氢能储运 A',
      publishedAt: new Date('2026-01-01'),
      deadline: '2027-03-01',
      amountMaxWan: 10,
    });
    const b = doc({
      title: '氢能储运 B',
      publishedAt: new Date('2026-03-01'),
      deadline: '2027-01-01',
      amountMaxWan: 300,
    });
    const c = doc({
      title: '氢能储运 C',
      publishedAt: new Date('2026-02-01'),
      deadline: null,
      amountMaxWan: 90,
    });
    await engine.upsert([a, b, c]);
    expect(ids((await engine.search(query('氢能', { sort: 'newest' }))).hits)).toEqual([b.id, c.id, a.id]);
    expect(ids((await engine.search(query('氢能', { sort: 'deadline' }))).hits)).toEqual([b.id, a.id, c.id]);
    expect(ids((await engine.search(query('氢能', { sort: 'budget' }))).hits)).toEqual([b.id, c.id, a.id]);
  });

  it('sorts every match, not only the first ones found, when more match than are ranked', async () => {
    // Written first, so a scan in storage order meets all of them before the three that lead each order.
    const crowd = Array.from({ length: 1_200 }, (_, i) =>
      doc({
        title: `氢能储运方案 ${i}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 300))),
        deadline: '2027-12-31',
        amountMaxWan: 20,
      }),
    );
    await engine.upsert(crowd);
    const newest = doc({ title: '氢能储运 最新', publishedAt: new Date('2026-10-01') });
    const soonest = doc({ title: '氢能储运 最急', deadline: '2026-12-01' });
    const largest = doc({ title: '氢能储运 最大', amountMaxWan: 5_000 });
    await engine.upsert([newest, soonest, largest]);
    const first = async (sort: EngineQuery['sort']) =>
      (await engine.search(query('氢能', { sort, limit: 1 }))).hits[0]?.id;
    expect(await first('newest')).toBe(newest.id);
    expect(await first('deadline')).toBe(soonest.id);
    expect(await first('budget')).toBe(largest.id);
  });

  it('ranks, proposes and suggests a title match even when more postings mention it than are ranked', async () => {
    // Written first, so a scan in storage order meets every body mention before the title match.
    const crowd = Array.from({ length: 1_200 }, (_, i) =>
      doc({ title: `储能电站运维 ${i}`, body: '电站需要热失控预警的配套服务' }),
    );
    await engine.upsert(crowd);
    const inTitle = doc({ title: '电池热失控预警系统', keywords: ['热失控'] });
    await engine.upsert([inTitle]);

    const { hits } = await engine.search(query('热失控', { limit: 1 }));
    expect(ids(hits)).toEqual([inTitle.id]);
    const proposed = await engine.bestMatches([analyzer.parse('热失控')], { kind: 'demand' }, 'anonymous', 1);
    expect(proposed.map((k) => k.id)).toEqual([inTitle.id]);
    const suggested = await engine.suggest(analyzer.parse('热失控'), 'anonymous', undefined, 1);
    expect(suggested.map((s) => s.id)).toEqual([inTitle.id]);
  });

  it('replaces a document whole on upsert and forgets it on remove', async () => {
    const posting = doc({ title: '光伏组件清洗机器人' });
    await engine.upsert([posting]);
    await engine.upsert([{ ...posting, title: '海上风电运维机器人' }]);
    expect((await engine.search(query('光伏'))).hits).toEqual([]);
    expect(ids((await engine.search(query('海上风电'))).hits)).toEqual([posting.id]);
    await engine.remove([{ kind: 'demand', id: posting.id }]);
    expect((await engine.search(query('海上风电'))).hits).toEqual([]);
    expect(await engine.keys()).toEqual([]);
  });

  it('completes a prefix with the titles of matching postings', async () => {
    const posting = doc({ title: '锂电池回收中锂的高效提取' });
    await engine.upsert([posting, doc({ title: '数控机床热误差补偿' })]);
    const suggestions = await engine.suggest(analyzer.parse('锂电'), 'anonymous', undefined, 10);
    expect(suggestions.map((s) => s.title)).toEqual([posting.title]);
  });

  describe('percolate: which stored queries find one new document', () => {
    const stored = (id: string, text: string, filters: SearchFilters = {}) => ({
      id,
      query: analyzer.parse(text),
      filters,
    });
    const posting = doc({
      title: '储能电池热失控预警',
      body: '磷酸铁锂储能电站的早期预警',
      regionCode: '320115',
      fields: ['EV-BATTERY'],
      trl: 6,
      amountMinWan: 50,
      amountMaxWan: 120,
    });

    it('returns the queries whose words and filters all hold, through the thesaurus', async () => {
      await engine.upsert([posting, doc({ title: '储能电池液冷板' })]);
      const found = await engine.percolate({ kind: 'demand', id: posting.id }, [
        stored('words', '热失控 预警'),
        stored('thesaurus', 'lithium iron phosphate'),
        stored('filtered', '储能', { kind: 'demand', regionCode: '320000', field: 'EV', trlMin: 5 }),
        stored('amount', '储能', { amountMinWan: 100, amountMaxWan: 200 }),
        stored('one-word-missing', '热失控 钠离子'),
        stored('other-kind', '储能', { kind: 'expert' }),
        stored('other-region', '储能', { regionCode: '330000' }),
        stored('trl-too-high', '储能', { trlMin: 7 }),
        stored('amount-apart', '储能', { amountMinWan: 500 }),
        stored('other-category', '储能', { category: 'chokepoint' }),
        stored('nothing-searchable', '，。'),
      ]);
      expect(found.sort()).toEqual(['amount', 'filtered', 'thesaurus', 'words']);
    });

    it('finds nothing for a document that is not indexed, and nothing for no queries', async () => {
      await engine.upsert([posting]);
      expect(await engine.percolate({ kind: 'demand', id: randomUUID() }, [stored('a', '储能')])).toEqual([]);
      expect(await engine.percolate({ kind: 'demand', id: posting.id }, [])).toEqual([]);
      await engine.remove([{ kind: 'demand', id: posting.id }]);
      expect(await engine.percolate({ kind: 'demand', id: posting.id }, [stored('a', '储能')])).toEqual([]);
    });

    it('matches a confidential posting by its title and teaser only', async () => {
      const secret = doc({
        title: '某新能源企业寻求电池技术',
        visibility: 'confidential',
        teaser: '动力电池热管理方向',
        body: '采用钠离子电池与液冷板的具体参数',
        keywords: ['钠离子电池'],
      });
      await engine.upsert([secret]);
      const found = await engine.percolate({ kind: 'demand', id: secret.id }, [
        stored('teaser', '热管理'),
        stored('body', '液冷板'),
        stored('keywords', '钠离子电池'),
      ]);
      expect(found).toEqual(['teaser']);
    });

    it('matches a confidential posting’s amount and place only as its teaser shows them', async () => {
      const secret = confidentialDemand();
      await engine.upsert([secret]);
      const found = await engine.percolate({ kind: 'demand', id: secret.id }, [
        stored('budget', '储能', { amountMinWan: 150, amountMaxWan: 160 }),
        stored('district', '储能', { regionCode: '320115' }),
        stored('province', '储能', { regionCode: '320000' }),
      ]);
      expect(found).toEqual(['province']);
    });

    it('evaluates thousands of stored queries in one call', async () => {
      await engine.upsert([posting]);
      const queries = Array.from({ length: 3_000 }, (_, i) =>
        stored(`q${i}`, i % 3 === 0 ? '热失控' : '光伏组件', i % 2 === 0 ? { trlMax: 9 } : {}),
      );
      const found = await engine.percolate({ kind: 'demand', id: posting.id }, queries);
      expect(found).toHaveLength(1_000);
      expect(found.every((id) => Number(id.slice(1)) % 3 === 0)).toBe(true);
    });
  });

  it('rebuilds into a new index and swaps it in, serving the old one until then', async () => {
    const old = doc({ title: '旧索引中的智能网联汽车' });
    await engine.upsert([old]);
    const fresh = doc({ title: '新索引中的智能网联汽车' });
    const build = await engine.startBuild();
    await build.upsert([fresh]);
    await build.prepare();
    expect(ids((await engine.search(query('智能网联汽车'))).hits)).toEqual([old.id]);
    const late = doc({ title: '交换时补上的智能网联汽车' });
    await build.swap(async (target) => {
      await target.upsert([late]);
    });
    expect(ids((await engine.search(query('智能网联汽车'))).hits).sort()).toEqual([fresh.id, late.id].sort());
    expect((await engine.keys()).map((k) => k.id).sort()).toEqual([fresh.id, late.id].sort());
  });
});
