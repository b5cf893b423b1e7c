import { patentCheckDigit } from '#core';
import { ProfileBuilder } from '#matching';
import {
  regionFromText,
  type DevAchievement,
  type DevDemand,
  type DevExpert,
  type DevInvestor,
} from './dev-set.js';

/**
 * The labelled set's records as the bodies a person would type into the product's forms: the pipeline
 * evaluation creates them through the API, so every limit and rule of the forms applies. Where a record
 * does not fit a form, it is adapted the way a person would adapt it, never by dropping text:
 * - fields: the product files postings under taxonomy codes, the records name fields in words; the codes
 *   are the ones those words name (the same inference the offline ranker uses), most specific first;
 * - keywords: a form takes at most 10 of 20 characters each; a longer one goes into the description;
 * - an expert's own field words (玻璃工艺, 环境分析仪器): the expert form has no free-text field, so they
 *   lead the keywords, where an expert writes their speciality; the field codes' names say far less;
 * - titles over a form's limit are cut at it; regions become GB/T 2260 codes (a demand's 全国: none).
 */

/** Keyword limits of the posting forms (TagsField maxItems 10, maxLength 20). */
const KEYWORD_MAX = 20;
const KEYWORDS_MAX = 10;
const TITLE_MAX = 100;
/** Fields a form takes (demands, experts, achievements: 5; offers: 10). */
const FIELDS_MAX = 5;
const SECTORS_MAX = 10;
const OTHER_FIELD = 'SV';

/**
 * Taxonomy codes named by a record's field words, subfields first; else the ones its text names; else
 * 现代服务与其他 (SV), the taxonomy's "other", which a person who finds no field for the posting picks.
 */
export function devFieldCodes(fieldText: string, fallbackText: string, max = FIELDS_MAX): string[] {
  const builder = ProfileBuilder.shared();
  const named = builder.inferFields(fieldText);
  const codes = named.length > 0 ? named : builder.inferFields(fallbackText);
  if (codes.length === 0) return [OTHER_FIELD];
  // A subfield implies its top field (the product adds it back), so a person would pick the subfield.
  const specific = codes.filter(
    (code) => code.includes('-') || !codes.some((other) => other.startsWith(`${code}-`)),
  );
  return specific.sort((a, b) => Number(b.includes('-')) - Number(a.includes('-'))).slice(0, max);
}

/** Keywords that fit the form, and the rest as a sentence for the description. */
export function fitKeywords(keywords: readonly string[]): { keywords: string[]; overflow: string } {
  const distinct = [...new Set(keywords.map((k) => k.trim()).filter((k) => k.length > 0))];
  const fitting = distinct.filter((k) => k.length <= KEYWORD_MAX).slice(0, KEYWORDS_MAX);
  const rest = distinct.filter((k) => !fitting.includes(k));
  return { keywords: fitting, overflow: rest.length > 0 ? ` ${rest.join('; ')}.` : '' };
}

/** The most precise GB/T 2260 code of a record's region ('江苏/苏州' → 320500), none for 全国. */
export function devRegionCode(text: string): string | undefined {
  const region = regionFromText(text);
  return region.city ?? region.province;
}

const cut = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max));

export function demandBody(d: DevDemand): Record<string, unknown> {
  const { keywords, overflow } = fitKeywords(d.keywords);
  const regionCode = devRegionCode(d.region);
  return {
    title: cut(d.title, TITLE_MAX),
    description: d.description + overflow,
    category: 'common',
    fields: devFieldCodes(d.industry, `${d.title} ${d.keywords.join(' ')} ${d.description}`),
    keywords,
    ...(regionCode ? { regionCode } : {}),
    ...(d.regionPreference && regionCode ? { regionRequired: true } : {}),
    ...(d.budgetWan === undefined ? {} : { budgetMinWan: d.budgetWan, budgetMaxWan: d.budgetWan }),
    ...(d.trlNeeded === undefined ? {} : { trlRequired: d.trlNeeded }),
    cooperationModes: ['development'],
    visibility: 'public',
  };
}

export function expertBody(e: DevExpert): Record<string, unknown> {
  const { keywords, overflow } = fitKeywords([e.field, ...e.keywords]);
  return {
    name: e.name,
    title: e.title,
    affiliation: e.affiliation,
    fields: devFieldCodes(e.field, `${e.keywords.join(' ')} ${e.bio}`),
    keywords,
    regionCode: devRegionCode(e.region),
    serviceModes: ['consulting'],
    availability: 'available',
    bio: e.bio + overflow,
    visibility: 'public',
  };
}

const MATURITY = (trl: number) => (trl <= 3 ? 'lab' : trl <= 5 ? 'bench' : trl <= 7 ? 'pilot' : 'industrial');
const TRANSFER_MODES: Record<string, string> = {
  转让: 'transfer',
  技术转让: 'transfer',
  许可: 'licensing',
  技术许可: 'licensing',
  作价入股: 'equity',
  合作开发: 'co-development',
};

/** `count` granted invention patents with valid check digits, distinct per record. */
export function devPatents(serial: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const twelve = `20211${String(serial * 100 + i).padStart(7, '0')}`;
    return { number: `ZL${twelve}.${patentCheckDigit(twelve)}`, type: 'invention', status: 'granted' };
  });
}

export function achievementBody(a: DevAchievement, serial: number): Record<string, unknown> {
  const { keywords, overflow } = fitKeywords(a.keywords);
  const modes = [...new Set(a.transferModes.map((m) => TRANSFER_MODES[m]).filter(Boolean))];
  return {
    title: cut(a.title, TITLE_MAX),
    abstract: (a.title.length > TITLE_MAX ? `${a.title}。` : '') + a.abstract + overflow,
    fields: devFieldCodes(a.field, `${a.title} ${a.keywords.join(' ')} ${a.abstract}`),
    keywords,
    trl: a.trl,
    maturity: MATURITY(a.trl),
    transferModes: modes.length > 0 ? modes : ['licensing'],
    regionCode: devRegionCode(a.region),
    patents: devPatents(serial, Math.min(a.patentCount, 20)),
    visibility: 'public',
  };
}

const STAGES: Record<string, string> = {
  种子轮: 'seed',
  天使轮: 'angel',
  'Pre-A轮': 'pre-a',
  A轮: 'a',
  B轮: 'b',
  C轮: 'c-plus',
  'Pre-IPO': 'pre-ipo',
};

export function investorBody(f: DevInvestor): Record<string, unknown> {
  const regionCodes = f.regions.includes('全国')
    ? []
    : [...new Set(f.regions.flatMap((r) => regionFromText(r).province ?? []))];
  const stages = [...new Set(f.stages.map((s) => STAGES[s]).filter(Boolean))];
  return {
    title: cut(f.investor, TITLE_MAX),
    instrument: 'equity',
    sectors: devFieldCodes(f.sectors.join(' '), f.thesis, SECTORS_MAX),
    stages: stages.length > 0 ? stages : ['a'],
    ticketMinWan: f.ticketMinWan,
    ticketMaxWan: f.ticketMaxWan,
    regionCodes,
    thesis: f.thesis,
    visibility: 'public',
  };
}
