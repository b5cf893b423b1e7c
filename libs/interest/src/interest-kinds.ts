import { POSTING_KINDS, type PostingKind } from '#core';

/**
 * What 我要对接 can be expressed on: every kind of posting, and a society itself (学会, whose experts and
 * service stations an enterprise may want). Stored data (interests.posting_kind, conversations.posting_kind).
 */
export const INTEREST_KINDS = [...POSTING_KINDS, 'society'] as const;
export type InterestKind = PostingKind | 'society';

/** The path segment under /api/v1 of each kind, as the posting's own routes name it. */
export const INTEREST_PATHS: Record<InterestKind, string> = {
  demand: 'demands',
  expert: 'experts',
  achievement: 'achievements',
  project: 'projects',
  'financing-offer': 'financing-offers',
  society: 'societies',
};
