import { describe, expect, it } from '@jest/globals';
import { TermStatistics } from './bm25.js';
import {
  budgetFit,
  fieldFit,
  keywordOverlap,
  regionFit,
  stageFit,
  textRelevance,
  trlFit,
} from './features.js';
import { POSTING_PROFILE_SOURCES, type PostingRow } from './posting-profiles.js';
import { describedTexts, ProfileBuilder, type ProfileInput } from './profile-builder.js';
import type { MatchProfile } from './profile.js';
import { MatchScorer } from './scorer.js';
import type { MatchRegion } from './profile.js';

const builder = ProfileBuilder.shared();
const now = new Date('2026-01-01T00:00:00Z');

function demand(overrides: Partial<ProfileInput> = {}): MatchProfile {
  return builder.build({
    kind: 'demand',
    id: 'd',
    title: '动力电池热失控预警',
    texts: [
      { text: '动力电池热失控预警', weight: 2 },
      { text: '电动客车锂电池包需要提前预警热失控，降低起火风险。', weight: 1 },
    ],
    keywords: ['热失控', '锂离子电池', '预警'],
    fieldText: '新能源汽车/电池安全',
    region: city('320000', '320500'),
    trlNeeded: 6,
    amountWan: { min: 50, max: 120 },
    ...overrides,
  });
}

function achievement(id: string, title: string, abstract: string, overrides: Partial<ProfileInput> = {}) {
  return builder.build({
    kind: 'achievement',
    id,
    title,
    texts: [
      { text: title, weight: 2 },
      { text: abstract, weight: 1 },
    ],
    keywords: [],
    fieldText: `${title} ${abstract}`,
    region: city('330000', '330100'),
    trl: 7,
    patentCount: 3,
    ...overrides,
  });
}

/** A fund whose one sector is `sector`, in its text and as its menu. */
const sectorFund = (id: string, sector: string) =>
  builder.build({
    kind: 'financing-offer',
    id,
    title: `${sector}基金`,
    texts: [{ text: sector, weight: 2 }],
    keywords: [sector],
    keywordsAreSectors: true,
    region: { served: [], nationwide: true },
  });

const onTopic = achievement(
  'a1',
  'Lithium-ion battery thermal runaway early warning',
  'gas sensing for battery packs',
);
const offTopic = achievement('a2', '盐湖提锂吸附剂', '从盐湖卤水中提取锂的吸附材料与工艺');
const pool = [onTopic, offTopic];
const pair = (supply: MatchProfile, need = demand()) => ({
  need,
  supply,
  stats: new TermStatistics(pool),
  now,
});

describe('text relevance', () => {
  it('finds an English achievement for a Chinese demand through thesaurus concepts', () => {
    const on = textRelevance(pair(onTopic));
    expect(on.value!).toBeGreaterThan(5 * textRelevance(pair(offTopic)).value!);
  });

  it('stays within 0–1 however often the query repeats a word', () => {
    const wordy = demand({ texts: [{ text: '热失控 '.repeat(50), weight: 1 }] });
    const { value } = textRelevance(pair(onTopic, wordy));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it('names the Chinese words in a Chinese reason, not the English ones a field’s name brought along', () => {
    // Posting profiles add each field's name in both languages to the text (posting-profiles.ts).
    const robotField = { text: '工业机器人 industrial robots', weight: 1 };
    const welding = demand({
      title: '焊接机器人焊缝跟踪',
      texts: [{ text: '焊接机器人焊缝跟踪', weight: 2 }, robotField],
    });
    const exoskeleton = achievement('a3', '柔性外骨骼机器人', '', {
      texts: [{ text: '柔性外骨骼机器人', weight: 2 }, robotField],
    });
    const stats = new TermStatistics([exoskeleton, offTopic]);
    const reason = textRelevance({ need: welding, supply: exoskeleton, stats, now }).reason?.();
    expect(reason?.en).toMatch(/industrial|robots/);
    expect(reason?.zh).toMatch(/^内容相关：/);
    expect(reason?.zh).not.toMatch(/[A-Za-z]/);
  });
});

describe('keyword overlap', () => {
  it('counts a keyword whose synonym the candidate uses', () => {
    const result = keywordOverlap(pair(onTopic));
    expect(result.value).toBeGreaterThan(0.3);
    expect(result.reason?.()?.zh).toContain('热失控');
  });

  it('lets a sector menu naming the broader concept (机器视觉) cover a demand about a narrower one (3D视觉)', () => {
    const vision = demand({
      title: '机器人用低成本3D视觉系统',
      texts: [{ text: '机器人用低成本3D视觉系统', weight: 2 }],
      keywords: ['3D视觉', '深度相机'],
    });
    const fund = sectorFund('f1', '机器视觉');
    expect(keywordOverlap({ need: vision, supply: fund, stats: new TermStatistics([fund]), now }).value).toBe(
      1,
    );
  });
});

describe('keyword overlap with an expert', () => {
  const seeds = demand({
    title: '种子休眠破除',
    texts: [
      { text: '种子休眠破除', weight: 2 },
      { text: '农机装备', weight: 1, fieldNames: true },
    ],
    keywords: ['种子休眠'],
  });
  const expert = (texts: ProfileInput['texts'], keywords: string[]) =>
    builder.build({
      kind: 'expert',
      id: 'e',
      title: '专家',
      texts,
      keywords,
      region: city('340000', '341100'),
    });

  it('counts only words either side wrote, not the names of its field codes; other supply keeps them', () => {
    // The demand's keyword is among the expert's field names only; the expert's among the demand's.
    const generalist = expert(
      [
        { text: '种子休眠', weight: 1, fieldNames: true },
        { text: '农机装备 机械设计', weight: 2 },
      ],
      ['农机装备', '机械设计'],
    );
    expect(generalist.echoed).toContain('种子休眠');
    expect(keywordOverlap(pair(generalist, seeds)).value).toBe(0);
    // The same words where the expert wrote them count.
    const specialist = expert([{ text: '种子休眠 种子生理', weight: 2 }], ['种子休眠', '种子生理']);
    expect(keywordOverlap(pair(specialist, seeds)).value).toBeGreaterThan(0.7);
    // An achievement is filed under its one subfield: the names of the demand's fields still count.
    const filed = achievement('a9', '播种机', '', { keywords: ['农机装备'] });
    expect(keywordOverlap(pair(filed, seeds)).value).toBeGreaterThan(0);
  });

  it('builds an expert posting with the names of its field codes counted once and marked as names', () => {
    const row = {
      id: 'e2',
      organizationId: 'o',
      status: 'published',
      visibility: 'public',
      teaser: null,
      publishedAt: null,
      name: '专家',
      title: '研究员',
      affiliation: '研究所',
      fields: ['AG-MACHINERY'],
      keywords: ['播种机'],
      bio: '',
      regionCode: null,
      regionCodesServed: [],
      availability: 'available',
    } as unknown as PostingRow;
    const profile = builder.build(POSTING_PROFILE_SOURCES.expert.input(row));
    expect(profile.terms.get('农业机械装备')).toBe(1);
    expect(profile.echoed).toContain('农业机械装备');
    expect(profile.echoed).not.toContain('播种机');
  });
});

describe('achievement weights', () => {
  it('ranks an achievement in the demand’s subfield above one elsewhere that shares a keyword and more words', () => {
    const fields = (fieldCodes: string[]) => ({
      fieldText: undefined,
      fieldCodes,
      region: city('320000', '320500'),
    });
    const need = demand({
      texts: [{ text: '动力电池热失控预警', weight: 2 }],
      keywords: ['热失控', '电池管理系统'],
      ...fields(['EV-BATTERY']),
    });
    const inField = achievement('a5', '电池包结构轻量化设计', '', fields(['EV-BATTERY']));
    const offField = achievement('a6', '机床主轴热失控预警', '', fields(['EQ-CNC']));
    const ranked = new MatchScorer().rank(need, [offField, inField], now);
    expect(ranked.map((m) => m.supply.id)).toEqual(['a5', 'a6']);
  });
});

describe('profile terms', () => {
  it('adds the broader concepts (上位词) of each concept a text names, halved per step, two steps up', () => {
    const { terms } = demand({ texts: [{ text: '3D视觉', weight: 2 }] });
    expect(terms.get('~三维视觉')).toBe(2);
    expect(terms.get('~机器视觉')).toBe(1);
    expect(terms.get('~计算机视觉')).toBe(0.5);
    expect(terms.has('~人工智能')).toBe(false);
  });

  it('counts a described posting’s keywords three times a word of its body, above its title', () => {
    const texts = describedTexts({ title: '流量计', body: '传感器', fieldLabel: '', keywords: ['涡街'] });
    const { terms } = demand({ texts, keywords: ['涡街'] });
    expect(terms.get('涡街')).toBe(3);
    expect(terms.get('流量计')).toBe(2);
    expect(terms.get('传感器')).toBe(1);
  });

  it('reads recycling as 循环经济 and, a step further up, as 节能环保, so a fund of that sector meets it', () => {
    const recycling = demand({
      title: '退役动力电池回收',
      texts: [{ text: '退役动力电池回收', weight: 2 }],
      keywords: ['动力电池回收'],
    });
    expect(recycling.terms.get('~循环经济')).toBe(1);
    expect(recycling.terms.get('~节能环保')).toBe(0.5);
    const fund = sectorFund('f2', '节能环保');
    const relevance = textRelevance({
      need: recycling,
      supply: fund,
      stats: new TermStatistics([fund]),
      now,
    });
    expect(relevance.value).toBeGreaterThan(0);
  });
});

describe('structured features', () => {
  it('accepts a TRL at the requirement and penalizes one two levels short', () => {
    const met = trlFit(pair(onTopic));
    expect(met.value).toBe(1);
    expect(met.reason?.()?.zh).toBe('成果 TRL 7 满足需求 ≥ 6');
    const young = achievement('a3', '热失控', '', { trl: 4 });
    expect(trlFit(pair(young))).toMatchObject({ value: 0.3, warning: true });
  });

  it('expects TRL 4 when the demand states none', () => {
    const need = demand({ trlNeeded: undefined });
    expect(trlFit(pair(achievement('a4', 'x', '', { trl: 4 }), need)).value).toBe(1);
    expect(trlFit(pair(achievement('a5', 'x', '', { trl: 3 }), need)).value).toBe(0.6);
  });

  it('fits a price inside the budget and scales down one far outside it', () => {
    const priced = achievement('a6', 'x', '', { amountWan: { min: 80, max: 80 } });
    const fit = budgetFit(pair(priced));
    expect(fit.value).toBe(1);
    expect(fit.reason?.()?.zh).toBe('80 万元在预算 50–120 万元内');
    const dear = achievement('a7', 'x', '', { amountWan: { min: 1200, max: 1200 } });
    const result = budgetFit(pair(dear));
    expect(result.value).toBeLessThan(0.05);
    expect(result.warning).toBe(true);
  });

  it('names the stage an offer invests at in words, not its code', () => {
    const project = demand({ kind: 'project', stages: ['c-plus'] });
    const offer = achievement('o1', '成长期股权投资', '', {
      kind: 'financing-offer',
      stages: ['b', 'c-plus'],
    });
    expect(stageFit(pair(offer, project)).reason?.()).toEqual({
      zh: '投资阶段含C 轮及以后',
      en: 'invests at Series C+',
    });
  });

  it('has no budget evidence when either side states no amount', () => {
    expect(budgetFit(pair(onTopic)).value).toBeNull();
  });

  it('prefers the same city, then the province, and refuses elsewhere when the demand requires its province', () => {
    const suzhou = achievement('a8', 'x', '', { region: city('320000', '320500') });
    const nanjing = achievement('a9', 'x', '', { region: city('320000', '320100') });
    const sameCity = regionFit(pair(suzhou));
    expect(sameCity.value).toBe(1);
    expect(sameCity.reason?.()?.zh).toBe('同在苏州市');
    const sameProvince = regionFit(pair(nanjing));
    expect(sameProvince.value).toBe(0.85);
    expect(sameProvince.reason?.()?.zh).toBe('同在江苏省');
    expect(regionFit(pair(onTopic)).value).toBe(0.2);
    expect(regionFit(pair(onTopic, demand({ regionRequired: true }))).value).toBe(0);
  });
});

describe('MatchScorer', () => {
  const scorer = new MatchScorer();

  it('ranks the on-topic achievement first, with reasons in both languages', () => {
    const [first, second] = scorer.rank(demand(), pool, now);
    expect(first!.supply.id).toBe('a1');
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(first!.reasons['zh-CN']).toContain('成果 TRL 7 满足需求 ≥ 6');
    expect(first!.reasons.en).toContain('TRL 7 meets the required ≥ 6');
    expect(first!.reasons['zh-CN']).toHaveLength(first!.reasons.en.length);
    expect(first!.features.budget).toBeNull();
  });

  it('lets context scale the topical score, never lift an off-topic candidate above an on-topic one', () => {
    const nearButOff = achievement('a10', '盐湖提锂吸附剂', '卤水提锂', {
      region: city('320000', '320500'),
      trl: 9,
      patentCount: 40,
    });
    const farButOn = achievement('a11', '锂电池热失控预警', '特征气体', { trl: 6, patentCount: 0 });
    const ranked = scorer.rank(demand(), [nearButOff, farButOn], now);
    expect(ranked.map((m) => m.supply.id)).toEqual(['a11', 'a10']);
  });

  it('scores a pair the same way whichever side is the source', () => {
    const need = demand();
    const forward = scorer.rank(need, [onTopic], now)[0]!;
    const backward = scorer.rank(onTopic, [need], now)[0]!;
    expect(backward.need.id).toBe('d');
    expect(backward.features.trl).toBe(forward.features.trl);
    expect(backward.score).toBeGreaterThan(0);
  });

  it('ignores kinds that are never matched with the source', () => {
    const otherDemand = demand({ id: 'd2' });
    expect(scorer.rank(demand(), [otherDemand], now)).toEqual([]);
  });
});

describe('field fit by the steps between the fields in the taxonomy', () => {
  const filed = (fieldCodes: string[], keywordsAreSectors?: boolean) =>
    demand({ fieldText: undefined, fieldCodes, keywordsAreSectors });
  const fit = (need: string[], supply: string[], menu = false) =>
    fieldFit(pair(filed(supply, menu || undefined), filed(need))).value;

  it('against a sector menu: 1 for the same field, halved for each step between them', () => {
    expect(fit(['EV-BATTERY'], ['EV-BATTERY', 'NE-STORAGE'], true)).toBe(1);
    expect(fit(['EV'], ['EV'], true)).toBe(1);
    expect(fit(['EV-BATTERY'], ['EV'], true)).toBe(0.5);
    expect(fit(['EV'], ['EV-CHARGING'], true)).toBe(0.5);
    expect(fit(['EV-BATTERY'], ['EV-CHARGING', 'EV'], true)).toBe(0.25);
  });

  it('against a specialist: 1 for the same subfield, 0.5 for any other in the same top field', () => {
    expect(fit(['EV-BATTERY'], ['EV-BATTERY'])).toBe(1);
    expect(fit(['EV-BATTERY'], ['EV-CHARGING'])).toBe(0.5);
    expect(fit(['EV'], ['EV'])).toBe(0.5);
  });

  it('gives nothing for fields of different top fields, and no evidence without fields', () => {
    expect(fit(['EV-BATTERY'], ['EP-WATER'], true)).toBe(0);
    expect(fit(['EV-BATTERY'], ['EP-WATER'])).toBe(0);
    expect(fit([], ['EP-WATER'])).toBeNull();
  });

  it('counts related subfields of different top fields as a shared top field, for specialists only', () => {
    expect(fit(['EP-MONITOR', 'EP'], ['EQ-INSTRUMENT', 'EQ'])).toBe(0.5);
    expect(fit(['EQ-INSTRUMENT'], ['EP-MONITOR'])).toBe(0.5);
    // A fund's sectors are the ones it listed: a related one is not among them.
    expect(fit(['EP-MONITOR', 'EP'], ['EQ-INSTRUMENT', 'EQ'], true)).toBe(0);
    // Top fields alone are not linked.
    expect(fit(['EP'], ['EQ'])).toBe(0);
  });

  it('against a sector menu, counts a sector the need’s own words fall under through the thesaurus', () => {
    const recycling = demand({
      title: '退役动力电池回收',
      texts: [{ text: '退役动力电池回收', weight: 2 }],
      keywords: ['动力电池回收'],
      fieldText: undefined,
      fieldCodes: ['EV-BATTERY'],
    });
    const result = fieldFit(pair(filed(['EP'], true), recycling));
    expect(result.value).toBe(1);
    expect(result.reason?.()).toEqual({
      zh: '内容属节能环保领域',
      en: 'the subject is in Energy Conservation and Environmental Protection',
    });
    // A specialist filed under the sector gets nothing for it: its fields are what it was filed under.
    expect(fieldFit(pair(filed(['EP']), recycling)).value).toBe(0);
    // The names of the need's codes are not its words: 机器视觉 is under 人工智能 in the thesaurus, but a
    // demand only filed under 机器视觉 stays a sibling subfield of a fund's 人工智能.
    const vision = demand({
      texts: [{ text: '机器视觉', weight: 1, fieldNames: true }],
      keywords: [],
      fieldText: undefined,
      fieldCodes: ['IT-VISION'],
    });
    expect(vision.terms.has('~人工智能')).toBe(true);
    expect(fieldFit(pair(filed(['IT-AI', 'IT'], true), vision)).value).toBe(0.25);
  });

  it('divides an achievement’s shared-field credit among more subfields than one technology spans', () => {
    const technology = (fieldCodes: string[]) =>
      achievement('a', '产线视觉检测', '嵌入式视觉检测', { fieldText: undefined, fieldCodes });
    const fitOf = (supply: MatchProfile) => fieldFit(pair(supply, filed(['EQ-SMART']))).value;
    expect(fitOf(technology(['EQ-SMART', 'IT-VISION']))).toBe(1);
    expect(fitOf(technology(['EQ-SMART', 'EQ-AVIATION', 'EQ-RAIL', 'EQ-MARINE']))).toBe(0.5);
    // An expert works in several fields: its fit is not divided.
    const expert = { ...filed(['EQ-SMART', 'EQ-AVIATION', 'EQ-RAIL', 'EQ-MARINE']), kind: 'expert' as const };
    expect(fieldFit(pair(expert, filed(['EQ-SMART']))).value).toBe(1);
  });

  it('names both related fields in its reason', () => {
    const result = fieldFit(pair(filed(['EQ-INSTRUMENT']), filed(['EP-MONITOR'])));
    expect(result.reason?.()).toEqual({
      zh: '领域相关：环境监测与精密仪器仪表',
      en: 'related fields: Environmental Monitoring and Precision Instruments',
    });
  });
});

/** A posting's region: a city (prefecture code) in its province. */
function city(province: string, code: string): MatchRegion {
  return { province, city: code, served: [], nationwide: false };
}
