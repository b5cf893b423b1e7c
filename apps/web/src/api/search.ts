/** GET /search and GET /search/suggest (openapi.json, tag search), through the generated client. */
import type { paths } from './generated/schema';
import { queryRules } from './generated/rules';
import { answer, api, type AuthMode, type QueryOf, type Schemas } from './client';

export type SearchQuery = QueryOf<paths['/api/v1/search']['get']>;
export type SearchHit = Schemas['SearchHitDto'];
export type FacetValue = Schemas['FacetValueDto'];
export type FacetName = keyof Schemas['SearchFacetsDto'];
export type Suggestion = Schemas['SuggestionDto'];
export type PostingKind = SearchHit['kind'];
export type SearchSort = NonNullable<SearchQuery['sort']>;

export const postingKinds: readonly PostingKind[] = queryRules['/api/v1/search'].kind.enum;
export const searchSorts: readonly SearchSort[] = queryRules['/api/v1/search'].sort.enum;

/** The amount facet's buckets (万元) and the range filter each one applies. */
export const amountBuckets: Record<string, { min?: number; max?: number }> = {
  '0-50': { min: 0, max: 50 },
  '50-100': { min: 50, max: 100 },
  '100-500': { min: 100, max: 500 },
  '500-1000': { min: 500, max: 1000 },
  '1000+': { min: 1000 },
};

export const searchApi = {
  search: (query: SearchQuery, auth: AuthMode) =>
    answer(api(auth).GET('/api/v1/search', { params: { query } })),
  suggest: (q: string, auth: AuthMode, signal?: AbortSignal) =>
    answer(api(auth).GET('/api/v1/search/suggest', { params: { query: { q } }, signal })),
};

/** Where a hit leads: demands have their page; the other kinds' pages follow the same pattern. */
export function postingPath(kind: PostingKind, id: string): string {
  return `/${kind}s/${encodeURIComponent(id)}`;
}
