import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionTree, type RegionNode } from '#core';
import { describedTexts, SENIOR_TITLE, type MatchRegion, type ProfileInput } from '#matching';

/** The candidate types of the labelled set (shared/data/matching-dev), named as its qrels name them. */
export const DEV_TYPES = ['expert', 'achievement', 'investor'] as const;
export type DevType = (typeof DEV_TYPES)[number];

export interface DevDemand {
  id: string;
  title: string;
  description: string;
  industry: string;
  keywords: string[];
  region: string;
  budgetWan?: number;
  trlNeeded?: number;
  regionPreference?: boolean;
  language: string;
}
export interface DevExpert {
  id: string;
  name: string;
  society: string;
  field: string;
  title: string;
  affiliation: string;
  keywords: string[];
  region: string;
  bio: string;
}
export interface DevAchievement {
  id: string;
  title: string;
  abstract: string;
  field: string;
  keywords: string[];
  trl: number;
  transferModes: string[];
  ownerOrg: string;
  region: string;
  patentCount: number;
}
export interface DevInvestor {
  id: string;
  investor: string;
  sectors: string[];
  stages: string[];
  ticketMinWan: number;
  ticketMaxWan: number;
  regions: string[];
  thesis: string;
}

export interface DevSet {
  demands: DevDemand[];
  experts: DevExpert[];
  achievements: DevAchievement[];
  investors: DevInvestor[];
}

/** Reads the set's records (never its qrels: the engine must not see the labels). */
export function loadDevSet(dir: string): DevSet {
  const load = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return {
    demands: load<DevDemand[]>('demands.json'),
    experts: load<DevExpert[]>('experts.json'),
    achievements: load<DevAchievement[]>('achievements.json'),
    investors: load<DevInvestor[]>('investors.json'),
  };
}

// The set's records map onto the profiles postings would give, with the same text weights
// (describedTexts). A record's free-text field label stands for a posting's field codes: it is the only
// text fields are inferred from.
export function demandInput(d: DevDemand): ProfileInput {
  return {
    kind: 'demand',
    id: d.id,
    title: d.title,
    texts: describedTexts({
      title: d.title,
      body: d.description,
      fieldLabel: d.industry,
      keywords: d.keywords,
    }),
    keywords: d.keywords,
    fieldText: d.industry,
    region: regionFromText(d.region),
    ...(d.regionPreference ? { regionRequired: true } : {}),
    ...(d.trlNeeded === undefined ? {} : { trlNeeded: d.trlNeeded }),
    ...(d.budgetWan === undefined ? {} : { amountWan: { min: d.budgetWan, max: d.budgetWan } }),
  };
}

export function expertInput(e: DevExpert): ProfileInput {
  return {
    kind: 'expert',
    id: e.id,
    title: e.name,
    texts: [
      { text: e.field, weight: 2 },
      { text: e.keywords.join(' '), weight: 2 },
      { text: e.bio, weight: 1 },
    ],
    keywords: e.keywords,
    fieldText: e.field,
    region: regionFromText(e.region),
    senior: SENIOR_TITLE.test(e.title),
  };
}

export function achievementInput(a: DevAchievement): ProfileInput {
  return {
    kind: 'achievement',
    id: a.id,
    title: a.title,
    texts: describedTexts({ title: a.title, body: a.abstract, fieldLabel: a.field, keywords: a.keywords }),
    keywords: a.keywords,
    fieldText: a.field,
    region: regionFromText(a.region),
    trl: a.trl,
    patentCount: a.patentCount,
  };
}

export function investorInput(f: DevInvestor): ProfileInput {
  const served = f.regions.filter((r) => r !== '全国').flatMap((r) => regionFromText(r).province ?? []);
  return {
    kind: 'financing-offer',
    id: f.id,
    title: f.investor,
    texts: [
      { text: f.sectors.join(' '), weight: 2 },
      { text: f.thesis, weight: 1 },
    ],
    keywords: f.sectors,
    keywordsAreSectors: true,
    fieldText: f.sectors.join(' '),
    region: { served, nationwide: f.regions.includes('全国') },
    amountWan: { min: f.ticketMinWan, max: f.ticketMaxWan },
    stages: f.stages,
  };
}

/**
 * '江苏/苏州', '天津', '安徽/明光' or '全国' to GB/T 2260 codes: the province by the start of its name
 * (江苏 → 江苏省), the city among its prefectures or, for county-level cities (明光), its counties, whose
 * prefecture is then the city.
 */
export function regionFromText(text: string): MatchRegion {
  const [provinceText, cityText] = text.split('/').map((part) => part.trim());
  if (!provinceText || provinceText === '全国') return { served: [], nationwide: true };
  const province = regionTree().find((node) => node.name.startsWith(provinceText));
  if (!province) return { served: [], nationwide: false };
  const city = cityText ? findCity(province, cityText) : undefined;
  return { province: province.code, ...(city ? { city } : {}), served: [], nationwide: false };
}

function findCity(province: RegionNode, name: string): string | undefined {
  for (const prefecture of province.children ?? []) {
    if (prefecture.name.startsWith(name)) return prefecture.code;
  }
  for (const prefecture of province.children ?? []) {
    if ((prefecture.children ?? []).some((county) => county.name.startsWith(name))) return prefecture.code;
  }
  return undefined;
}
