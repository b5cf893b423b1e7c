/** Typed wrappers for GET /search and GET /search/suggest (openapi.json, tag search). */
import { apiRequest, type AuthMode } from './client';

export const postingKinds = ['demand', 'expert', 'achievement', 'project', 'financing-offer'] as const;
export type PostingKind = (typeof postingKinds)[number];

export const searchSorts = ['relevance', 'newest', 'deadline', 'budget'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** The amount facet's buckets (万元) and the range filter each one applies. */
export const amountBuckets: Record<string, { min?: number; max?: number }> = {
  '0-50': { min: 0, max: 50 },
  '50-100': { min: 50, max: 100 },
  '100-500': { min: 100, max: 500 },
  '500-1000': { min: 500, max: 1000 },
  '1000+': { min: 1000 },
};

export interface SearchQuery {
  q: string;
  kind?: PostingKind;
  /** A demand's category (common, chokepoint…). */
  category?: string;
  /** An achievement's maturity (lab, bench, pilot, industrial). */
  maturity?: string;
  field?: string;
  regionCode?: string;
  trlMin?: number;
  trlMax?: number;
  amountMinWan?: number;
  amountMaxWan?: number;
  status?: string;
  sort?: SearchSort;
  page?: number;
  limit?: number;
}

export interface SearchHit {
  id: string;
  kind: PostingKind;
  title: string;
  /** HTML-escaped by the server, with <mark> around matched terms. */
  titleHighlight: string;
  snippet: string;
  score: number;
}

export interface FacetValue {
  value: string;
  count: number;
  label?: string;
}

export type FacetName =
  'kind' | 'category' | 'maturity' | 'industry' | 'field' | 'region' | 'city' | 'trl' | 'status' | 'amount';

export interface SearchResult {
  total: number;
  totalCapped: boolean;
  hits: SearchHit[];
  facets: Partial<Record<FacetName, FacetValue[]>>;
  corrections: Record<string, string>;
}

export interface Suggestion {
  text: string;
  type: 'term' | 'posting';
  kind?: PostingKind;
  id?: string;
}

export const searchApi = {
  search: (query: SearchQuery, auth: AuthMode) =>
    apiRequest<SearchResult>('/search', { query: { ...query }, auth }),
  suggest: (q: string, auth: AuthMode, signal?: AbortSignal) =>
    apiRequest<{ suggestions: Suggestion[] }>('/search/suggest', { query: { q }, auth, signal }),
};

/** Where a hit leads: demands have their page; the other kinds' pages follow the same pattern. */
export function postingPath(kind: PostingKind, id: string): string {
  return `/${kind}s/${encodeURIComponent(id)}`;
}
