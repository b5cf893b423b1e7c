import {
  formatWanRangeEnglish,
  provinceNameEn,
  regionName,
  regionOwnName,
  TECH_FIELDS,
  techFieldName,
  techFieldRelated,
} from '#core';
import { PROJECT_STAGE_NAMES, type ProjectStage } from '#postings';
import { englishTermNames, TextAnalyzer } from '#search';
import { bm25, bm25Terms, type TermStatistics } from './bm25.js';
import { CONCEPT_PREFIX } from './profile-builder.js';
import type { MatchProfile } from './profile.js';

/** Every feature the scorer knows. Stored in `matches.features`: never rename one without a migration. */
export const FEATURE_NAMES = [
  'text',
  'keywords',
  'field',
  'region',
  'trl',
  'budget',
  'stage',
  'availability',
  'trackRecord',
  'freshness',
  'feedback',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** One sentence fragment of an explanation, in both languages the product speaks. */
export interface Reason {
  readonly zh: string;
  readonly en: string;
}

/**
 * A feature's verdict on a pair: a value in 0–1, or null when the pair carries no evidence either way (no
 * budget stated, no TRL on an expert) so the feature neither helps nor hurts; and the reason fragment
 * the owner reads, positive or a warning.
 */
export interface FeatureResult {
  readonly value: number | null;
  /**
   * Renders the reason fragment, if there is one worth showing. Deferred because every candidate of a
   * pool is scored but only the few kept are explained: names, amounts and term lists cost more than
   * the values they describe.
   */
  readonly reason?: () => Reason | undefined;
  /** The reason is a warning (TRL short, ticket too small) rather than a point in favour. */
  readonly warning?: boolean;
}

/** The need side (demand, project), the supply side, and the pool statistics text relevance uses. */
export interface PairContext {
  readonly need: MatchProfile;
  readonly supply: MatchProfile;
  readonly stats: TermStatistics;
  readonly now: Date;
}

export type FeatureFunction = (pair: PairContext) => FeatureResult;

const NONE: FeatureResult = { value: null };
const display = (term: string) => (term.startsWith(CONCEPT_PREFIX) ? term.slice(1) : term);
const list = (terms: readonly string[], separator: string) => terms.map(display).join(separator);

const HAN = /\p{Script=Han}/u;

const ENGLISH_NAMES = englishTermNames();

/**
 * Shared words as an English reader is shown them: English words as they are, Chinese ones by the
 * vocabulary's English name, and those it has none for left out, so an English reason holds no Chinese.
 */
function inEnglish(terms: readonly string[]): string[] {
  const named = terms.map(display).map((term) => (HAN.test(term) ? ENGLISH_NAMES.get(term) : term));
  return [...new Set(named.filter((term): term is string => term !== undefined))];
}

/** Below this share of the need's weighted terms, shared words are incidental and not worth a reason. */
const TEXT_REASON_MIN = 0.03;

/** BM25 over thesaurus-expanded tokens, the need side as the query and IDF from the candidate pool. */
export const textRelevance: FeatureFunction = ({ need, supply, stats }) => {
  const value = bm25(need, supply, stats);
  if (value < TEXT_REASON_MIN) return { value };
  return {
    value,
    reason: () => {
      // The keyword reason already names the keywords both sides share: say each word once.
      const named = keywordHits(need, supply).map(display);
      const terms = [...new Set(bm25Terms(need, supply, stats).map(display))].filter(
        (t) => t.length > 1 && !named.some((hit) => hit.includes(t)),
      );
      // Whole words only: 高端 cut out of 高端装备 (on either side) says nothing by itself, and
      // 热失控 says all its sub-word 失控 would.
      const kept = terms.filter((t) => !isFragment(t, need) && !isFragment(t, supply));
      if (kept.length === 0) return undefined;
      // The thesaurus matches 工业机器人 with "industrial robot": a Chinese reason names the Chinese words
      // when there are any, not the English lexemes they brought along.
      const chinese = kept.filter((t) => HAN.test(t));
      const zh = (chinese.length > 0 ? chinese : kept).slice(0, 3);
      const en = inEnglish(kept).slice(0, 3);
      return {
        zh: `内容相关：${zh.join('、')}`,
        en: en.length > 0 ? `related content: ${en.join(', ')}` : 'related content',
      };
    },
  };
};

/** A term that occurs in this posting only inside a longer word of it (a search-mode sub-word). */
function isFragment(term: string, profile: MatchProfile): boolean {
  for (const other of profile.terms.keys()) {
    const word = display(other);
    if (word.length > term.length && word.includes(term)) return true;
  }
  return false;
}

/** The keywords of either side the other side's text holds: what the keyword reason names. */
function keywordHits(need: MatchProfile, supply: MatchProfile): string[] {
  const ownWords = supply.kind === 'expert';
  return [...coverage(need, supply, ownWords).hits, ...coverage(supply, need, ownWords).hits];
}

/**
 * How many of the need side's keywords the supply side covers, through the thesaurus (a keyword's
 * concept counts as the keyword) and, at half credit, through its parts (负温施工 ~ 负温). The supply
 * side's own keywords found in the need text count too, at a lower share: both sides chose them as the
 * point of their posting.
 */
export const keywordOverlap: FeatureFunction = ({ need, supply }) => {
  // Against an expert, a keyword counts where the other side's own words hold it, not where only the
  // names of its field codes do: those echo the codes, which the field feature already scores, and they
  // made a sector's generalists (智能制造与装备, 新材料) cover a specialist demand's keywords.
  const ownWords = supply.kind === 'expert';
  const forward = coverage(need, supply, ownWords);
  const backward = coverage(supply, need, ownWords);
  if (forward.total === 0 && backward.total === 0) return NONE;
  // An investor's sectors are a menu, not a description: one sector the need falls in is a full fit,
  // and a demand's technical keywords never appear in an investment thesis, so only that side counts.
  const value = supply.keywordsAreSectors
    ? backward.best
    : forward.total === 0
      ? backward.share
      : backward.total === 0
        ? forward.share
        : 0.7 * forward.share + 0.3 * backward.share;
  if (forward.hits.length === 0 && backward.hits.length === 0) return { value };
  return {
    value,
    reason: () => {
      // Short keywords read better in a reason than a supplier's sentence-long ones.
      const shared = [...new Set([...forward.hits, ...backward.hits])];
      const hits = shared.sort((a, b) => a.length - b.length).slice(0, 3);
      const en = inEnglish(hits);
      return {
        zh: `关键词契合：${list(hits, '、')}`,
        en:
          en.length > 0
            ? `keywords in common: ${en.join(', ')}`
            : shared.length === 1
              ? 'a keyword in common'
              : `${shared.length} keywords in common`,
      };
    },
  };
};

function coverage(
  from: MatchProfile,
  to: MatchProfile,
  ownWords = false,
): { share: number; best: number; total: number; hits: string[] } {
  let credit = 0;
  let best = 0;
  const hits: string[] = [];
  const echoed = ownWords ? to.echoed : undefined;
  const holds = echoed?.length
    ? (term: string) => to.terms.has(term) && !echoed.includes(term)
    : (term: string) => to.terms.has(term);
  for (const keyword of from.keywords) {
    let found = 0;
    if (keyword.forms.some(holds)) {
      found = 1;
      hits.push(keyword.text);
    } else if (keyword.parts.length > 1) {
      found = (0.5 * keyword.parts.filter(holds).length) / keyword.parts.length;
    }
    credit += found;
    best = Math.max(best, found);
  }
  return {
    share: from.keywords.length > 0 ? credit / from.keywords.length : 0,
    best,
    total: from.keywords.length,
    hits,
  };
}

/** What each step between two fields in the taxonomy's tree costs: a field one step away counts half. */
const FIELD_STEP = 0.5;

/**
 * How close the two sides' fields are in the taxonomy's tree. Against a sector menu (an investor's
 * sectors), FIELD_STEP to the power of the steps between the nearest pair: the same field (动力电池 and
 * 动力电池, or both only 新能源汽车) 1; a subfield and its own top field 0.5; two different subfields of
 * one top field 0.25 — a fund that lists 充换电 is not one for 动力电池. A specialist's subfield is one
 * of several near ones it could have picked (流量测量 under 物联网 or 仪器仪表), so there any shared top
 * field counts 0.5 and only the same subfield fully: measured through the product, grading specialists
 * by steps lost on both halves of the development set, while investors gained on both.
 */
export const fieldFit: FeatureFunction = ({ need, supply }) => {
  if (need.fields.length === 0 || supply.fields.length === 0) return NONE;
  const needFields = supply.keywordsAreSectors
    ? [...need.fields, ...sectorsNamed(need, supply)]
    : need.fields;
  let best: { value: number; code: string } | undefined;
  for (const top of new Set(needFields.map(topFieldOf))) {
    if (!supply.fields.some((code) => topFieldOf(code) === top)) continue;
    const needSubs = needFields.filter((code) => code !== top && topFieldOf(code) === top);
    const supplySubs = supply.fields.filter((code) => code !== top && topFieldOf(code) === top);
    const sameSub = needSubs.find((code) => supplySubs.includes(code));
    const steps =
      sameSub !== undefined || (needSubs.length === 0 && supplySubs.length === 0)
        ? 0
        : needSubs.length === 0 || supplySubs.length === 0
          ? 1
          : 2;
    const value = sameSub !== undefined ? 1 : supply.keywordsAreSectors ? FIELD_STEP ** steps : FIELD_STEP;
    if (!best || value > best.value) best = { value, code: sameSub ?? top };
  }
  if (best && supply.kind === 'achievement') best.value *= technologyShare(supply.fields);
  if (!best) return relatedFieldFit(needFields, supply.fields, supply.keywordsAreSectors === true);
  const { value, code } = best;
  const name = (lang: 'zh-CN' | 'en') => techFieldName(code, lang) ?? code;
  // A sector met through the need's words only is not one it was filed under: say what is true.
  const filed = need.fields.some((own) => own === code || topFieldOf(own) === code);
  return {
    value,
    reason: () =>
      filed
        ? { zh: `同属${name('zh-CN')}领域`, en: `both in ${name('en')}` }
        : { zh: `内容属${name('zh-CN')}领域`, en: `the subject is in ${name('en')}` },
  };
};

/** How many subfields one technology may be filed under and still be fully in each. */
const TECHNOLOGY_SUBFIELDS = 2;

/**
 * An achievement is one technology: filed under two subfields (a material and the field it serves) it
 * is in both, filed under five it claims more than one technology can be, and its claim to each is
 * divided among them. Only the shared-field credit is divided, not a related-field link: measured on
 * both halves of the development set, dividing the shared-field credit raised achievement nDCG@10 on A
 * and kept B, dividing the link too lost on B.
 */
function technologyShare(fields: readonly string[]): number {
  const subfields = fields.filter((code) => code.includes('-')).length;
  return subfields > TECHNOLOGY_SUBFIELDS ? TECHNOLOGY_SUBFIELDS / subfields : 1;
}

/**
 * Two subfields of different top fields linked as related (RELATED_TECH_FIELDS: 环境监测 and 精密仪器仪表)
 * count as much as a shared top field for a specialist: each is the other's nearest neighbour. Against a
 * sector menu they count nothing: a fund lists the sectors it invests in, and a related one is not
 * among them. Measured on both halves of the development set: specialists gained (expert Recall@20
 * 0.877 → 0.890 on A, 0.830 → 0.891 on B; achievements 0.794 → 0.831 and 0.779 → 0.794), while crediting
 * menus with the step of a sibling subfield helped one half and hurt the other.
 */
function relatedFieldFit(
  needFields: readonly string[],
  supplyFields: readonly string[],
  menu: boolean,
): FeatureResult {
  if (menu) return { value: 0 };
  for (const code of needFields) {
    const other = techFieldRelated(code).find((related) => supplyFields.includes(related));
    if (other === undefined) continue;
    const name = (field: string, lang: 'zh-CN' | 'en') => techFieldName(field, lang) ?? field;
    return {
      value: FIELD_STEP,
      reason: () => ({
        zh: `领域相关：${name(code, 'zh-CN')}与${name(other, 'zh-CN')}`,
        en: `related fields: ${name(code, 'en')} and ${name(other, 'en')}`,
      }),
    };
  }
  return { value: 0 };
}

/** Each field whose name is a thesaurus concept (节能环保, 储能), by that concept. */
let fieldConcepts: ReadonlyMap<string, string> | undefined;
function fieldConcept(code: string): string | undefined {
  if (!fieldConcepts) {
    const analyzer = TextAnalyzer.shared();
    const named = new Map<string, string>();
    for (const field of TECH_FIELDS.flatMap((top) => [top, ...top.subfields])) {
      const concept = analyzer.conceptOf(field.zh);
      if (concept !== undefined) named.set(field.code, CONCEPT_PREFIX + concept);
    }
    fieldConcepts = named;
  }
  return fieldConcepts.get(code);
}

/**
 * The sectors of a menu that the need's own words fall under through the thesaurus, whatever it was
 * filed under: a demand about 电池回收 is about 循环经济 and so about 节能环保, and a fund of that sector
 * is one for it even when the demand was filed under 动力电池. Only the need's own words count, not the
 * names of its field codes (those are its fields already).
 */
function sectorsNamed(need: MatchProfile, supply: MatchProfile): string[] {
  return supply.fields.filter((code) => {
    const concept = fieldConcept(code);
    return concept !== undefined && need.terms.has(concept) && !need.echoed?.includes(concept);
  });
}

/** The top field of a code: 'EV-BATTERY' → 'EV', 'EV' → 'EV'. */
const topFieldOf = (code: string) => code.split('-')[0]!;

/**
 * Same city, same province, or a supplier that serves the need's province or the whole country. A need
 * side that insists on its province (地域要求) gets nothing from a supplier elsewhere.
 */
export const regionFit: FeatureFunction = ({ need, supply }) => {
  const province = need.region.province;
  if (province === undefined) return NONE;
  const name = () => provinceName(province);
  const nameEn = () => provinceNameEn(province) ?? province;
  const city = need.region.city;
  if (supply.region.city !== undefined && supply.region.city === city) {
    return {
      value: 1,
      reason: () => ({
        zh: `同在${regionOwnName(city) ?? name()}`,
        en: `both in ${regionName(city, 'en') ?? nameEn()}`,
      }),
    };
  }
  if (supply.region.province === province)
    return { value: 0.85, reason: () => ({ zh: `同在${name()}`, en: `both in ${nameEn()}` }) };
  if (supply.region.served.includes(province))
    return { value: 0.7, reason: () => ({ zh: `服务${name()}`, en: `serves ${nameEn()}` }) };
  if (supply.region.nationwide) return { value: 0.5 };
  if (need.regionRequired)
    return {
      value: 0,
      reason: () => ({ zh: `不在需求要求的${name()}`, en: `outside ${nameEn()}, which the demand requires` }),
      warning: true,
    };
  return { value: 0.2 };
};

const provinceName = (code: string) => regionName(code) ?? code;

/** The TRL a demand expects when it states none: 4, a prototype validated in the lab, is the least that transfers. */
export const DEFAULT_TRL_NEEDED = 4;

/** Reaching the required readiness counts fully; each level short costs, three short is a research project. */
export const trlFit: FeatureFunction = ({ need, supply }) => {
  const trl = supply.trl;
  if (trl === undefined) return NONE;
  const needed = need.trlNeeded ?? DEFAULT_TRL_NEEDED;
  const stated = need.trlNeeded !== undefined;
  if (trl >= needed) {
    return {
      value: 1,
      reason: () =>
        stated
          ? { zh: `成果 TRL ${trl} 满足需求 ≥ ${needed}`, en: `TRL ${trl} meets the required ≥ ${needed}` }
          : { zh: `成果 TRL ${trl}`, en: `TRL ${trl}` },
    };
  }
  const short = needed - trl;
  return {
    value: short === 1 ? 0.6 : short === 2 ? 0.3 : 0,
    reason: () => ({
      zh: `成果 TRL ${trl} 低于需求 ${needed}`,
      en: `TRL ${trl} is below the required ${needed}`,
    }),
    warning: true,
  };
};

/**
 * Whether the supply side's amount (price, ticket range, project ask) fits the need side's range: an
 * overlap counts fully, a gap costs in proportion to how far apart the two are. The reason says exactly
 * how the ranges relate: within the budget, covering it, or only overlapping it (a point in favour that
 * says how far it goes); ranges that do not meet are a warning.
 */
export const budgetFit: FeatureFunction = ({ need, supply }) => {
  const a = need.amountWan;
  const b = supply.amountWan;
  if (a === undefined || b === undefined) return NONE;
  const what = need.kind === 'demand' ? BUDGET : ASK;
  if (b.min <= a.max && a.min <= b.max) {
    return { value: 1, reason: () => budgetOverlap(a, b, what) };
  }
  // The ratio of the nearer ends: 100 vs 120 is close, 50 vs 5,000 is not.
  const ratio = b.min > a.max ? a.max / b.min : b.max / a.min;
  const above = b.min > a.max;
  return {
    value: Math.max(0, ratio) ** 1.5,
    reason: () =>
      above
        ? { zh: `金额 ${wan(b)}高于${what.zh} ${wan(a)}`, en: `${wanEn(b)} is above ${what.en} ${wanEn(a)}` }
        : { zh: `金额 ${wan(b)}低于${what.zh} ${wan(a)}`, en: `${wanEn(b)} is below ${what.en} ${wanEn(a)}` },
    warning: true,
  };
};

type Range = { readonly min: number; readonly max: number };

/** What the need side's amount is: a demand's budget, a project's ask. */
const BUDGET: Reason = { zh: '预算', en: 'the budget of' };
const ASK: Reason = { zh: '所需', en: 'the amount sought of' };

/** How two ranges that meet relate, in words that are true of them. */
function budgetOverlap(a: Range, b: Range, what: Reason): Reason {
  if (a.min <= b.min && b.max <= a.max)
    return { zh: `${wan(b)}在${what.zh} ${wan(a)}内`, en: `${wanEn(b)} within ${what.en} ${wanEn(a)}` };
  if (b.min <= a.min && a.max <= b.max)
    return {
      zh: `金额范围 ${wan(b)}涵盖${what.zh} ${wan(a)}`,
      en: `${wanEn(b)} covers ${what.en} ${wanEn(a)}`,
    };
  const shared = { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) };
  return {
    zh: `金额 ${wan(b)}与${what.zh} ${wan(a)}部分重叠（${wan(shared)}）`,
    en: `${wanEn(b)} overlaps ${what.en} ${wanEn(a)} only in part (${wanEn(shared)})`,
  };
}

const wan = (r: Range) => (r.min === r.max ? `${r.min} 万元` : `${r.min}–${r.max} 万元`);
/** English reasons count money as the web shows it ('CNY 3–4 M'), not in 万. */
const wanEn = (r: Range) => formatWanRangeEnglish(r.min, r.max);

/** A project's stage among the stages an offer invests in. */
export const stageFit: FeatureFunction = ({ need, supply }) => {
  const wanted = need.stages ?? [];
  const offered = supply.stages ?? [];
  if (wanted.length === 0 || offered.length === 0) return NONE;
  const shared = wanted.filter((stage) => offered.includes(stage));
  if (shared.length === 0)
    return { value: 0, reason: () => ({ zh: '融资阶段不符', en: 'stage does not fit' }), warning: true };
  const stage = PROJECT_STAGE_NAMES[shared[0] as ProjectStage] ?? { zh: shared[0]!, en: shared[0]! };
  return { value: 1, reason: () => ({ zh: `投资阶段含${stage.zh}`, en: `invests at ${stage.en}` }) };
};

export const availabilityFit: FeatureFunction = ({ supply }) => {
  switch (supply.availability) {
    case undefined:
      return NONE;
    case 'available':
      return { value: 1, reason: () => ({ zh: '专家可接受对接', en: 'available for new work' }) };
    case 'limited':
      return { value: 0.5 };
    case 'unavailable':
      return {
        value: 0,
        reason: () => ({ zh: '专家暂不接受对接', en: 'currently unavailable' }),
        warning: true,
      };
  }
};

/** Patents behind an achievement, seniority of an expert: evidence the supplier has delivered before. */
export const trackRecord: FeatureFunction = ({ supply }) => {
  const patents = supply.patentCount;
  if (patents !== undefined) {
    const value = 1 - Math.exp(-patents / 5);
    if (patents === 0) return { value };
    return { value, reason: () => ({ zh: `拥有 ${patents} 项专利`, en: `${patents} patents` }) };
  }
  if (supply.senior === undefined) return NONE;
  return supply.senior
    ? { value: 1, reason: () => ({ zh: '具有正高级职称', en: 'holds a full senior title' }) }
    : { value: 0.6 };
};

/** Half-life of a posting's freshness: after about half a year a listing is less likely still current. */
const FRESHNESS_HALF_LIFE_DAYS = 180;

export const freshness: FeatureFunction = ({ supply, now }) => {
  if (supply.publishedAt === undefined) return NONE;
  const days = Math.max(0, (now.getTime() - supply.publishedAt.getTime()) / 86_400_000);
  return { value: 0.5 ** (days / FRESHNESS_HALF_LIFE_DAYS) };
};

/**
 * Decline feedback: a supplier the other side keeps declining drifts down. Laplace-smoothed so one
 * decline of one match does not sink a new posting.
 */
export const declineFeedback: FeatureFunction = ({ supply }) => {
  const feedback = supply.feedback;
  if (feedback === undefined || feedback.shown === 0) return NONE;
  return { value: 1 - feedback.declined / (feedback.shown + 2) };
};

export const FEATURES: Readonly<Record<FeatureName, FeatureFunction>> = {
  text: textRelevance,
  keywords: keywordOverlap,
  field: fieldFit,
  region: regionFit,
  trl: trlFit,
  budget: budgetFit,
  stage: stageFit,
  availability: availabilityFit,
  trackRecord,
  freshness,
  feedback: declineFeedback,
};
