/**
 * Matches: a posting's ranked list (GET /{kind}s/{id}/matches), the acting organization's inbox
 * (GET /matches) and the parties' actions on one match, through the generated client.
 */
import { schemaRules } from './generated/rules';
import type { paths } from './generated/schema';
import { answer, api, withPath, type QueryOf, type Schemas } from './client';
import type { PostingKind } from './search';

/** One match as a party sees it: the other side of the pair, the score and why. */
export type MatchItem = Schemas['MatchDto'];
export type MatchStatus = MatchItem['status'];
/** The score calibrated per pair type: high 高, medium 中, fair 一般. */
export type FitLevel = MatchItem['fitLevel'];
/** Why a party declines a match; `other` needs a text. */
export type DeclineReason = Schemas['DeclineMatchDto']['reasonCode'];
/** A page of a posting's list of matches, with the decline summary and the next page's cursor. */
export type MatchList = Schemas['MatchListDto'];
/** A page of a posting's list: `limit`, `cursor` (the previous page's `nextCursor`), `kind` of the other side. */
export type MatchPageQuery = QueryOf<paths['/api/v1/demands/{id}/matches']['get']>;
/** A page of the inbox: the next cursor comes in the X-Next-Cursor header. */
export type MatchInboxQuery = QueryOf<paths['/api/v1/matches']['get']>;

export const matchStatuses: readonly MatchStatus[] = schemaRules.MatchDto.status.enum;
export const declineReasons: readonly DeclineReason[] = schemaRules.DeclineMatchDto.reasonCode.enum;

/** Each kind's list of matches, by the posting kind. */
const ofPosting = {
  demand: (id: string, query: MatchPageQuery) =>
    api().GET('/api/v1/demands/{id}/matches', { params: { path: { id }, query } }),
  expert: (id: string, query: MatchPageQuery) =>
    api().GET('/api/v1/experts/{id}/matches', { params: { path: { id }, query } }),
  achievement: (id: string, query: MatchPageQuery) =>
    api().GET('/api/v1/achievements/{id}/matches', { params: { path: { id }, query } }),
  project: (id: string, query: MatchPageQuery) =>
    api().GET('/api/v1/projects/{id}/matches', { params: { path: { id }, query } }),
  'financing-offer': (id: string, query: MatchPageQuery) =>
    api().GET('/api/v1/financing-offers/{id}/matches', { params: { path: { id }, query } }),
} satisfies Record<PostingKind, unknown>;

export const matchesApi = {
  /** A posting's matches, best first; the next page with `{ cursor: list.nextCursor }`. */
  ofPosting: (kind: PostingKind, id: string, query: MatchPageQuery = {}) =>
    answer(ofPosting[kind](id, query)),
  /** A page of the inbox, newest first, with the cursor of the next (from the X-Next-Cursor header). */
  inbox: async (query: MatchInboxQuery = {}) => {
    const { data, response } = await api().GET('/api/v1/matches', { params: { query } });
    return { items: data ?? [], nextCursor: response.headers.get('x-next-cursor') };
  },
  one: (id: string) => answer(api().GET('/api/v1/matches/{id}', withPath({ id }))),
  view: (id: string) => answer(api().POST('/api/v1/matches/{id}/view', withPath({ id }))),
  shortlist: (id: string) => answer(api().POST('/api/v1/matches/{id}/shortlist', withPath({ id }))),
  decline: (id: string, reasonCode: DeclineReason, text?: string) =>
    answer(
      api().POST('/api/v1/matches/{id}/decline', {
        ...withPath({ id }),
        body: text ? { reasonCode, text } : { reasonCode },
      }),
    ),
  contact: (id: string) =>
    answer(api().POST('/api/v1/matches/{id}/contact', { ...withPath({ id }), body: {} })),
};
