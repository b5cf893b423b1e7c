import { createHash } from 'node:crypto';
import { TECH_FIELDS } from '#core';
import { thesaurusGroups } from '#search';
import type { MatchProfile } from './profile.js';

/**
 * Bump when ProfileBuilder or a posting kind's profile input (posting-profiles.ts) changes what a
 * profile holds. The thesaurus and the taxonomy are hashed in, so editing either needs no bump.
 */
const BUILDER_REVISION = 1;

/** The version stored profiles must carry to be used; any other is rebuilt on read. */
export const PROFILE_VERSION = createHash('sha256')
  .update(JSON.stringify([BUILDER_REVISION, thesaurusGroups(), TECH_FIELDS]))
  .digest('base64url')
  .slice(0, 16);

/**
 * A MatchProfile as JSON: terms as pairs, the date as ISO text. Decline feedback is not part of it:
 * it changes with every answer and is read fresh at match time.
 */
export type StoredProfile = Omit<MatchProfile, 'terms' | 'publishedAt' | 'feedback'> & {
  readonly terms: readonly (readonly [string, number])[];
  readonly publishedAt?: string;
};

/** A profile as ProfileBuilder builds it (never with feedback) as stored JSON. */
export function storeProfile(profile: MatchProfile): StoredProfile {
  const { terms, publishedAt, ...rest } = profile;
  return {
    ...rest,
    terms: [...terms],
    ...(publishedAt ? { publishedAt: publishedAt.toISOString() } : {}),
  };
}

export function loadProfile(stored: StoredProfile): MatchProfile {
  const { terms, publishedAt, ...rest } = stored;
  return {
    ...rest,
    terms: new Map(terms),
    ...(publishedAt ? { publishedAt: new Date(publishedAt) } : {}),
  };
}
