import { provinceOf, regionPath, techFieldName, type PostingKind } from '#core';
import { CATALOGUE_LISTED } from '#postings';
import type { Achievement, Demand, FinancingOffer, Project } from '#postings';
import type { Expert } from '#profiles';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { describedTexts, SENIOR_TITLE, type ProfileInput } from './profile-builder.js';
import type { HiddenFact, MatchRegion } from './profile.js';

/** Demands stay matchable while the owner is still looking for a solution. */
const DEMAND_OPEN = ['published', 'in_progress'];
const YUAN_PER_WAN = 10_000;

/** The columns every posting shares that matching reads besides its own. */
export interface PostingRow extends ObjectLiteral {
  id: string;
  organizationId: string;
  status: string;
  visibility: string;
  teaser: string | null;
  publishedAt: Date | null;
}

/**
 * How matching reads one kind of posting from PostgreSQL: its entity and table, whether a row is open
 * for matching, its display title, and its profile input (the same shape the evaluation set maps to).
 * The entity is named, not imported (the lint rule keeps libs off each other's entity classes): this
 * is matching's one remaining read of the postings' tables, kept for the candidate statement's speed
 * until postings and profiles export a posting reader or own a view of their matchable rows.
 */
export interface PostingProfileSource<Row extends PostingRow = PostingRow> {
  readonly entity: EntityTarget<Row>;
  readonly table: string;
  /** The array column of taxonomy codes, for the SQL fallback retrieval. */
  readonly fieldsColumn: string;
  readonly openStatuses: readonly string[];
  /** Matched while confidential (the other side sees the teaser): needs are; supply is not proposed. */
  readonly confidentialMatched?: boolean;
  /** What a confidential posting of this kind keeps back: the fields its redacted view leaves out. */
  readonly hides: readonly HiddenFact[];
  title(row: Row): string;
  input(row: Row): ProfileInput;
}

export function regionOfCode(code: string | null | undefined): MatchRegion {
  if (!code) return { served: [], nationwide: true };
  const path = regionPath(code) ?? [];
  const province = provinceOf(code)?.code;
  // The second step is the prefecture (for municipalities the PP0100 node that stands for the city).
  const city = path[1]?.code;
  return { ...(province ? { province } : {}), ...(city ? { city } : {}), served: [], nationwide: false };
}

const wan = (yuan: string | null) => (yuan === null ? undefined : Number(yuan) / YUAN_PER_WAN);

function amountRange(min: string | null, max: string | null): { min: number; max: number } | undefined {
  const low = wan(min);
  const high = wan(max);
  if (low === undefined && high === undefined) return undefined;
  return { min: low ?? 0, max: high ?? low! };
}

// Postings are filed under taxonomy codes, so their fields are those codes: inferring more from the
// title's words proved noisy on the labelled set (a 新材料 in a road-repair title is not a field).

/** Field names as text: a posting filed under 动力电池 talks about traction batteries even if it never says so. */
const fieldNames = (codes: readonly string[]) =>
  codes.flatMap((code) => [techFieldName(code, 'zh-CN') ?? '', techFieldName(code, 'en') ?? '']).join(' ');

const published = (row: PostingRow) => (row.publishedAt ? { publishedAt: row.publishedAt } : {});

/** The hidden facts of a row's profile: none unless it is confidential. */
const hiddenOf = (source: { hides: readonly HiddenFact[] }, row: PostingRow) =>
  row.visibility === 'confidential' ? { hidden: source.hides } : {};

const demand: PostingProfileSource<Demand> = {
  entity: 'Demand',
  table: 'demands',
  fieldsColumn: 'fields',
  openStatuses: DEMAND_OPEN,
  confidentialMatched: true,
  // toDemandDto: description, keywords, budget and the place below the province are withheld.
  hides: ['text', 'keywords', 'amount', 'city'],
  title: (row) => row.title,
  input: (row) => {
    const amountWan = amountRange(row.budgetMinYuan, row.budgetMaxYuan);
    return {
      kind: 'demand',
      id: row.id,
      title: row.title,
      texts: describedTexts({
        title: row.title,
        body: row.description,
        fieldLabel: fieldNames(row.fields),
        keywords: row.keywords,
      }),
      keywords: row.keywords,
      fieldCodes: row.fields,
      region: regionOfCode(row.regionCode),
      ...(row.regionRequired && row.regionCode ? { regionRequired: true } : {}),
      ...(row.trlRequired === null ? {} : { trlNeeded: row.trlRequired }),
      ...(amountWan ? { amountWan } : {}),
      ...published(row),
      ...hiddenOf(demand, row),
    };
  },
};

const expert: PostingProfileSource<Expert> = {
  entity: 'Expert',
  table: 'experts',
  fieldsColumn: 'fields',
  openStatuses: CATALOGUE_LISTED,
  // EXPERT_KIND.toDto: the bio, keywords and the place below the province are withheld.
  hides: ['text', 'keywords', 'city'],
  title: (row) => `${row.name}（${row.affiliation}）`,
  input: (row) => ({
    kind: 'expert',
    id: row.id,
    title: row.name,
    // The field codes' names count as a described posting's do (once, marked as names): an expert picks
    // its codes among several near ones, and its own words are its keywords and bio. At weight 2 the
    // names outweighed a specialist's own words and lifted the generalists of a sector above them.
    texts: [
      { text: fieldNames(row.fields), weight: 1, fieldNames: true },
      { text: row.keywords.join(' '), weight: 2 },
      { text: row.bio, weight: 1 },
    ],
    keywords: row.keywords,
    fieldCodes: row.fields,
    region: {
      ...regionOfCode(row.regionCode),
      served: row.regionCodesServed.flatMap((c) => provinceOf(c)?.code ?? []),
    },
    availability: row.availability,
    senior: SENIOR_TITLE.test(row.title),
    ...published(row),
    ...hiddenOf(expert, row),
  }),
};

const achievement: PostingProfileSource<Achievement> = {
  entity: 'Achievement',
  table: 'achievements',
  fieldsColumn: 'fields',
  openStatuses: CATALOGUE_LISTED,
  // ACHIEVEMENT_KIND.toDto: abstract, keywords, price, patents and the place below the province.
  hides: ['text', 'keywords', 'amount', 'city', 'patents'],
  title: (row) => row.title,
  input: (row) => {
    const price = wan(row.priceYuan);
    return {
      kind: 'achievement',
      id: row.id,
      title: row.title,
      texts: describedTexts({
        title: row.title,
        body: row.abstract,
        fieldLabel: fieldNames(row.fields),
        keywords: row.keywords,
      }),
      keywords: row.keywords,
      fieldCodes: row.fields,
      region: regionOfCode(row.regionCode),
      trl: row.trl,
      patentCount: row.patents.length,
      ...(price === undefined ? {} : { amountWan: { min: price, max: price } }),
      ...published(row),
      ...hiddenOf(achievement, row),
    };
  },
};

const project: PostingProfileSource<Project> = {
  entity: 'Project',
  table: 'projects',
  fieldsColumn: 'fields',
  openStatuses: CATALOGUE_LISTED,
  // PROJECT_KIND.toDto: summary, keywords, the amount sought and the place below the province.
  hides: ['text', 'keywords', 'amount', 'city'],
  title: (row) => row.title,
  input: (row) => {
    const ask = wan(row.amountSoughtYuan)!;
    return {
      kind: 'project',
      id: row.id,
      title: row.title,
      texts: describedTexts({
        title: row.title,
        body: row.summary,
        fieldLabel: fieldNames(row.fields),
        keywords: row.keywords,
      }),
      keywords: row.keywords,
      fieldCodes: row.fields,
      region: regionOfCode(row.regionCode),
      amountWan: { min: ask, max: ask },
      stages: [row.stage],
      ...published(row),
      ...hiddenOf(project, row),
    };
  },
};

const financingOffer: PostingProfileSource<FinancingOffer> = {
  entity: 'FinancingOffer',
  table: 'financing_offers',
  fieldsColumn: 'sectors',
  openStatuses: CATALOGUE_LISTED,
  // FINANCING_OFFER_KIND.toDto: the thesis; sectors, stages, ticket and regions stay listed.
  hides: ['text'],
  title: (row) => row.title,
  input: (row) => {
    const ticket = amountRange(row.ticketMinYuan, row.ticketMaxYuan);
    return {
      kind: 'financing-offer',
      id: row.id,
      title: row.title,
      texts: [
        { text: row.title, weight: 1 },
        { text: fieldNames(row.sectors), weight: 2 },
        { text: row.thesis, weight: 1 },
      ],
      keywords: row.sectors.map((code) => techFieldName(code, 'zh-CN') ?? code),
      keywordsAreSectors: true,
      fieldCodes: row.sectors,
      region: {
        served: row.regionCodes.flatMap((code) => provinceOf(code)?.code ?? []),
        nationwide: row.regionCodes.length === 0,
      },
      stages: row.stages,
      ...(ticket ? { amountWan: ticket } : {}),
      ...published(row),
      ...hiddenOf(financingOffer, row),
    };
  },
};

/** The taxonomy codes a posting row was filed under (its own, without the parents the profile adds). */
export function filedUnder(kind: PostingKind, row: PostingRow): string[] {
  return (row[POSTING_PROFILE_SOURCES[kind].fieldsColumn] as string[] | undefined) ?? [];
}

export const POSTING_PROFILE_SOURCES: Readonly<Record<PostingKind, PostingProfileSource>> = {
  demand: demand as unknown as PostingProfileSource,
  expert: expert as unknown as PostingProfileSource,
  achievement: achievement as unknown as PostingProfileSource,
  project: project as unknown as PostingProfileSource,
  'financing-offer': financingOffer as unknown as PostingProfileSource,
};
