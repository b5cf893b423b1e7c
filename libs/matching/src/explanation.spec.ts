import { describe, expect, it } from '@jest/globals';
import { TermStatistics } from './bm25.js';
import type { MatchRegion } from './profile.js';
import { budgetFit, textRelevance } from './features.js';
import { ProfileBuilder, type ProfileInput } from './profile-builder.js';
import type { MatchProfile } from './profile.js';
import { MatchScorer } from './scorer.js';

/**
 * Issue 14 (items 1 and 11): reasons are true (an overlap is stated as far as it goes, a misfit is a
 * warning), said once in whole words, and a confidential side's hidden facts never reach the other side's
 * explanation.
 */
const builder = ProfileBuilder.shared();
const now = new Date('2026-01-01T00:00:00Z');

function profile(input: Partial<ProfileInput> & Pick<ProfileInput, 'kind' | 'id'>): MatchProfile {
  return builder.build({
    title: input.id,
    texts: [],
    keywords: [],
    region: { served: [], nationwide: true },
    ...input,
  });
}

const need = (amountWan: { min: number; max: number }) => profile({ kind: 'demand', id: 'd', amountWan });
const supply = (amountWan: { min: number; max: number }) =>
  profile({ kind: 'financing-offer', id: 'o', amountWan });
const budget = (a: { min: number; max: number }, b: { min: number; max: number }) =>
  budgetFit({ need: need(a), supply: supply(b), stats: new TermStatistics([]), now });

describe('budget reasons say how the ranges relate', () => {
  it('says "within" only when the amount lies inside the budget', () => {
    expect(budget({ min: 200, max: 500 }, { min: 300, max: 400 }).reason?.()).toEqual({
      zh: '300–400 万元在预算 200–500 万元内',
      en: 'CNY 3–4 M within the budget of CNY 2–5 M',
    });
  });

  it('states a partial overlap as such, with the part that overlaps', () => {
    const fit = budget({ min: 200, max: 500 }, { min: 500, max: 3000 });
    expect(fit.warning).toBeFalsy();
    expect(fit.reason?.()?.zh).toBe('金额 500–3000 万元与预算 200–500 万元部分重叠（500 万元）');
    expect(fit.reason?.()?.en).toBe('CNY 5–30 M overlaps the budget of CNY 2–5 M only in part (CNY 5 M)');
    expect(fit.reason?.()?.zh).not.toContain('在预算');
  });

  it('says a wider range covers the budget', () => {
    expect(budget({ min: 200, max: 500 }, { min: 100, max: 2000 }).reason?.()?.zh).toBe(
      '金额范围 100–2000 万元涵盖预算 200–500 万元',
    );
  });

  it('makes ranges that do not meet a warning, in both languages', () => {
    const above = budget({ min: 200, max: 500 }, { min: 800, max: 3000 });
    expect(above.warning).toBe(true);
    expect(above.reason?.()).toEqual({
      zh: '金额 800–3000 万元高于预算 200–500 万元',
      en: 'CNY 8–30 M is above the budget of CNY 2–5 M',
    });
    const below = budget({ min: 200, max: 500 }, { min: 10, max: 50 });
    expect(below.warning).toBe(true);
    expect(below.reason?.()?.zh).toBe('金额 10–50 万元低于预算 200–500 万元');
  });

  it('keeps warnings out of the reasons of a scored pair', () => {
    const scored = new MatchScorer().rank(
      need({ min: 200, max: 500 }),
      [supply({ min: 800, max: 3000 })],
      now,
    )[0]!;
    expect(scored.warnings['zh-CN']).toEqual(['金额 800–3000 万元高于预算 200–500 万元']);
    expect(scored.reasons['zh-CN'].join()).not.toContain('金额');
  });
});

describe('text reasons', () => {
  it('names whole words, not a fragment cut out of a longer word', () => {
    const equipment = profile({
      kind: 'demand',
      id: 'd1',
      texts: [{ text: '高端装备 数控机床 主轴精度提升', weight: 1 }],
    });
    const manufacturing = profile({
      kind: 'achievement',
      id: 'a1',
      texts: [{ text: '高端制造 数控机床 主轴 热误差补偿', weight: 1 }],
    });
    const stats = new TermStatistics([manufacturing]);
    const reason = textRelevance({ need: equipment, supply: manufacturing, stats, now }).reason?.();
    expect(reason?.zh).toContain('数控机床');
    expect(reason?.zh).not.toMatch(/高端(?!装备|制造)/);
  });

  it('does not repeat in the content reason the keywords the keyword reason names', () => {
    const demand = profile({
      kind: 'demand',
      id: 'd2',
      texts: [{ text: '热失控 预警 电池包', weight: 1 }],
      keywords: ['热失控'],
    });
    const achievement = profile({
      kind: 'achievement',
      id: 'a2',
      texts: [{ text: '热失控 预警 电池包 气体传感', weight: 1 }],
    });
    const scored = new MatchScorer().rank(demand, [achievement], now)[0]!;
    const all = scored.reasons['zh-CN'];
    expect(all.filter((reason) => reason.includes('热失控'))).toHaveLength(1);
    expect(new Set(all).size).toBe(all.length);
  });

  it('holds no Chinese in English: shared words by their English names, or counted', () => {
    const demand = profile({
      kind: 'demand',
      id: 'd3',
      texts: [{ text: '工业机器人 视觉定位 焊缝跟踪', weight: 1 }],
      keywords: ['工业机器人', '焊缝跟踪'],
    });
    const achievement = profile({
      kind: 'achievement',
      id: 'a3',
      texts: [{ text: '工业机器人 视觉定位 焊缝跟踪 激光传感', weight: 1 }],
      keywords: ['焊缝跟踪', '工业机器人'],
    });
    const scored = new MatchScorer().rank(demand, [achievement], now)[0]!;
    const english = scored.reasons.en;
    expect(english.join(' ')).not.toMatch(/\p{Script=Han}/u);
    expect(english.join(' ')).toContain('industrial robot');
    expect(scored.reasons['zh-CN'].join(' ')).toContain('焊缝跟踪');
  });
});

describe('a confidential side explained to the other side', () => {
  const confidentialDemand = profile({
    kind: 'demand',
    id: 'd3',
    title: '动力电池热失控预警',
    texts: [
      { text: '动力电池热失控预警', weight: 2 },
      { text: '硫化物电解质界面副反应抑制', weight: 1 },
    ],
    keywords: ['硫化物电解质', '热失控'],
    fieldCodes: ['EV-BATTERY'],
    region: city('320000', '320500'),
    trlNeeded: 6,
    amountWan: { min: 120, max: 280 },
    hidden: ['text', 'keywords', 'amount', 'city'],
  });
  const achievement = profile({
    kind: 'achievement',
    id: 'a3',
    texts: [{ text: '硫化物电解质界面改性 热失控抑制', weight: 1 }],
    keywords: ['硫化物电解质'],
    fieldCodes: ['EV-BATTERY'],
    region: city('320000', '320500'),
    trl: 7,
    amountWan: { min: 200, max: 200 },
    patentCount: 4,
  });
  const scored = new MatchScorer().rank(confidentialDemand, [achievement], now)[0]!;

  it('quotes the hidden facts in the full explanation (for the owner and grantees)', () => {
    const full = scored.reasons['zh-CN'].join('；');
    expect(full).toContain('硫化物');
    expect(full).toContain('120–280 万元');
    expect(full).toContain('苏州');
  });

  it('quotes none of them, nor their numbers, without access', () => {
    const view = scored.viewWithout('need')!;
    const text = JSON.stringify(view);
    for (const hidden of ['硫化物', '电解质', '120', '280', '苏州', 'Suzhou', 'sulfide'])
      expect(text).not.toContain(hidden);
    expect(view.features).toMatchObject({ text: null, keywords: null, budget: null });
    expect(view.reasons['zh-CN']).toEqual(expect.arrayContaining(['同属动力电池领域', '同在江苏省']));
    expect(view.reasons['zh-CN']).toContain('成果 TRL 7 满足需求 ≥ 6');
  });

  it('names places in English in the English reasons (issue 16)', () => {
    expect(scored.reasons.en).toContain('both in Suzhou, Jiangsu');
    expect(scored.viewWithout('need')!.reasons.en).toContain('both in Jiangsu');
    expect(scored.reasons.en.join('; ')).not.toMatch(/[苏江]/);
  });

  it('has nothing to withhold for a side that hides nothing', () => {
    expect(scored.viewWithout('supply')).toBeUndefined();
  });

  it('hides a confidential achievement’s patents and price from the demand’s owner', () => {
    const secretAchievement = {
      ...achievement,
      hidden: ['text', 'keywords', 'amount', 'city', 'patents'] as const,
    };
    const pair = new MatchScorer().rank(confidentialDemand, [secretAchievement], now)[0]!;
    const view = pair.viewWithout('supply')!;
    expect(pair.features.trackRecord).toBeGreaterThan(0);
    expect(JSON.stringify(pair.reasons)).toContain('200 万元');
    expect(JSON.stringify(pair.reasons)).toContain('CNY 2 M');
    expect(view.features.trackRecord).toBeNull();
    expect(view.features.budget).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/专利|patent|200 万元|CNY 2 M/);
  });
});

/** A posting's region: a city (prefecture code) in its province. */
function city(province: string, code: string): MatchRegion {
  return { province, city: code, served: [], nationwide: false };
}
