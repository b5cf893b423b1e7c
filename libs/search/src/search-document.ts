import {
  industrySectionOf,
  isTechFieldCode,
  provinceOf,
  regionPath,
  techFieldName,
  techFieldParent,
  type PostingKind,
} from '#core';

/** Who may see a posting in search: `registered` ones never reach anonymous callers. */
export const SEARCH_VISIBILITIES = ['public', 'registered', 'confidential'] as const;
export type SearchVisibility = (typeof SEARCH_VISIBILITIES)[number];

/**
 * One listed posting as the search engines hold it, whatever its kind. A kind's {@link SearchSource}
 * builds it from its own rows; only listed postings (published, not withdrawn) ever become documents.
 *
 * Confidential postings are indexed by their public parts only: {@link prepareDocument} replaces the
 * body with the teaser, drops the keywords and the amount, and keeps the region to its province before
 * any engine sees them, so no query, filter, facet or saved search can probe what a confidential posting
 * keeps back.
 */
export interface SearchDocument {
  kind: PostingKind;
  id: string;
  organizationId: string | null;
  title: string;
  /** Keywords or tags: weighted between title and body. */
  keywords: string[];
  /** Free text: description, abstract, profile. */
  body: string;
  /** What a confidential posting shows to strangers; ignored for other visibilities. */
  teaser: string | null;
  visibility: SearchVisibility;
  /** The kind's own listed status ('published', 'in_progress'…), a facet. */
  status: string;
  /** A demand's category (行业共性技术, 卡脖子关键技术…); null for other kinds. */
  category: string | null;
  /** An achievement's maturity (实验室, 小试, 中试, 产业化); null for other kinds: a facet of its own. */
  maturity: string | null;
  /** GB/T 4754 大类 (two digits) or 门类 letter. */
  industryCode: string | null;
  /** Technology field codes from the taxonomy (subfields or top fields). */
  fields: string[];
  /** GB/T 2260 code at any level. */
  regionCode: string | null;
  /** Technology readiness level, 1–9 (required for a demand, reached for an achievement). */
  trl: number | null;
  /** Budget, ticket or price range in 万元. */
  amountMinWan: number | null;
  amountMaxWan: number | null;
  /** Financing stage (project / offer) and instrument (offer), for those kinds. */
  stage: string | null;
  instrument: string | null;
  /** The society an expert is registered with. */
  societyId: string | null;
  publishedAt: Date | null;
  /** YYYY-MM-DD. */
  deadline: string | null;
}

/** The key of a document: a posting's id is unique within its kind. */
export interface DocumentKey {
  kind: PostingKind;
  id: string;
}

/** A document as written to an engine: redacted, with the drill-down columns derived once. */
export interface IndexedDocument extends SearchDocument {
  /** Every field code with its top field (EV-BATTERY → EV too), so a top-field filter finds subfields. */
  fieldPaths: string[];
  /** The names of `fieldPaths` in Chinese and English: a query naming a field finds what is filed under it. */
  fieldNames: string[];
  regionProvince: string | null;
  regionCity: string | null;
  /** The 门类 letter of `industryCode`, so a section filter finds what is filed under any of its codes. */
  industrySection: string | null;
}

/**
 * Kinds whose amount a confidential posting still lists (an offer's ticket range is in its teaser view);
 * every other kind withholds it (a demand's budget, an achievement's price, a project's ask).
 */
const AMOUNT_LISTED_WHEN_CONFIDENTIAL: readonly PostingKind[] = ['financing-offer'];

/**
 * What of a confidential posting a search may see: the teaser for the body, no keywords, the amount
 * only where the teaser view lists it, the region to its province (as its teaser view shows it). Filters
 * and facets then bracket only what a stranger can read anyway; the owner and grantees find the full
 * posting through its own pages and lists.
 */
function redacted(doc: SearchDocument): SearchDocument {
  const amountListed = AMOUNT_LISTED_WHEN_CONFIDENTIAL.includes(doc.kind);
  return {
    ...doc,
    keywords: [],
    body: doc.teaser ?? '',
    amountMinWan: amountListed ? doc.amountMinWan : null,
    amountMaxWan: amountListed ? doc.amountMaxWan : null,
    regionCode: doc.regionCode ? (provinceOf(doc.regionCode)?.code ?? doc.regionCode) : null,
  };
}

/**
 * The one place a document is made safe and complete for indexing. Every engine calls it, so the
 * confidential rule holds whichever engine runs.
 */
export function prepareDocument(original: SearchDocument): IndexedDocument {
  const confidential = original.visibility === 'confidential';
  const doc = confidential ? redacted(original) : original;
  const fieldPaths = new Set<string>();
  for (const code of doc.fields) {
    if (!isTechFieldCode(code)) continue;
    fieldPaths.add(code);
    const parent = techFieldParent(code);
    if (parent) fieldPaths.add(parent);
  }
  const path = doc.regionCode ? regionPath(doc.regionCode) : undefined;
  return {
    ...doc,
    title: doc.title.slice(0, 200),
    teaser: confidential ? doc.teaser : null,
    fieldPaths: [...fieldPaths],
    fieldNames: [...fieldPaths].flatMap((code) =>
      (['zh-CN', 'en'] as const).map((lang) => techFieldName(code, lang) ?? ''),
    ),
    regionProvince: doc.regionCode ? (provinceOf(doc.regionCode)?.code ?? null) : null,
    // The prefecture level of the cascader path (a municipality's PP0100 node included).
    regionCity: path && path.length >= 2 ? path[1]!.code : null,
    industrySection: doc.industryCode ? (industrySectionOf(doc.industryCode) ?? null) : null,
  };
}
