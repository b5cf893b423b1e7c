/**
 * Matches: a posting's ranked list (GET /{kind}s/{id}/matches), the acting organization's inbox
 * (GET /matches) and the parties' actions on one match, through the generated client.
 */
import { schemaRules } from './generated/rules';
import { answer, api, withPath, type Schemas } from './client';
import type { PostingKind } from './search';

/** One match as a party sees it: the other side of the pair, the score and why. */
export type MatchItem = Schemas['MatchDto'];
export type MatchStatus = MatchItem['status'];
/** Why a party declines a match; `other` needs a text. */
export type DeclineReason = Schemas['DeclineMatchDto']['reasonCode'];

export const matchStatuses: readonly MatchStatus[] = schemaRules.MatchDto.status.enum;
export const declineReasons: readonly DeclineReason[] = schemaRules.DeclineMatchDto.reasonCode.enum;

/** Each kind's list of matches, by the posting kind. */
const ofPosting = {
  demand: (id: string) => api().GET('/api/v1/demands/{id}/matches', withPath({ id })),
  expert: (id: string) => api().GET('/api/v1/experts/{id}/matches', withPath({ id })),
  achievement: (id: string) => api().GET('/api/v1/achievements/{id}/matches', withPath({ id })),
  project: (id: string) => api().GET('/api/v1/projects/{id}/matches', withPath({ id })),
  'financing-offer': (id: string) => api().GET('/api/v1/financing-offers/{id}/matches', withPath({ id })),
} satisfies Record<PostingKind, unknown>;

export const matchesApi = {
  ofPosting: (kind: PostingKind, id: string) => answer(ofPosting[kind](id)),
  inbox: () => answer(api().GET('/api/v1/matches')),
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
