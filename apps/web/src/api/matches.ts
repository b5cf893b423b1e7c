/**
 * Matches: a posting's ranked list (GET /{kind}s/{id}/matches), the acting organization's inbox
 * (GET /matches) and the parties' actions on one match.
 */
import { apiRequest } from './client';
import { postingPath, type PostingKind } from './search';

export const matchStatuses = ['new', 'viewed', 'contacted', 'shortlisted', 'declined'] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** Why a party declines a match; `other` needs a text. The API's DECLINE_REASONS. */
export const declineReasons = [
  'too-early',
  'budget-mismatch',
  'wrong-field',
  'region',
  'already-solved',
  'description-unclear',
  'other',
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const fitLevels = ['high', 'medium', 'fair'] as const;
export type FitLevel = (typeof fitLevels)[number];

/** One match as a party sees it: the other side of the pair, the score and why. */
export interface MatchItem {
  id: string;
  candidateType: PostingKind;
  candidateId: string;
  title: string;
  /** The viewer's own posting of the pair. */
  posting: { type: PostingKind; id: string; title: string };
  score: number;
  /** The score calibrated per pair type: high 高, medium 中, fair 一般. */
  fitLevel: FitLevel;
  /** The level in the request language. */
  fitLabel: string;
  /** Dropped by a re-score after the parties were told: reachable, no longer on the ranked list. */
  superseded?: boolean;
  reasons: string[];
  status: MatchStatus;
  declineReasonCode?: DeclineReason | null;
  updatedAt?: string;
}

/** How the other side answered a posting's matches: "3 of 5 declined: budget mismatch". */
export interface DeclineSummary {
  answered: number;
  declined: number;
  byReason: Partial<Record<DeclineReason, number>>;
  text: string;
}

export interface MatchList {
  items: MatchItem[];
  declines: DeclineSummary;
  nextCursor: string | null;
}

const act = (id: string, action: 'view' | 'shortlist' | 'decline', body: object = {}) =>
  apiRequest<MatchItem>(`/matches/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });

export const matchesApi = {
  ofPosting: (kind: PostingKind, id: string) => apiRequest<MatchList>(`${postingPath(kind, id)}/matches`),
  /** The next page of a posting's list (the `nextCursor` of the last one). */
  ofPostingAfter: (kind: PostingKind, id: string, cursor: string) =>
    apiRequest<MatchList>(`${postingPath(kind, id)}/matches?cursor=${encodeURIComponent(cursor)}`),
  inbox: () => apiRequest<MatchItem[]>('/matches'),
  one: (id: string) => apiRequest<MatchItem>(`/matches/${encodeURIComponent(id)}`),
  view: (id: string) => act(id, 'view'),
  shortlist: (id: string) => act(id, 'shortlist'),
  decline: (id: string, reasonCode: DeclineReason, text?: string) =>
    act(id, 'decline', text ? { reasonCode, text } : { reasonCode }),
  contact: (id: string) =>
    apiRequest<MatchItem & { conversationId: string }>(`/matches/${encodeURIComponent(id)}/contact`, {
      method: 'POST',
      body: {},
    }),
};
