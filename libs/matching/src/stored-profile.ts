import { createHash } from 'node:crypto';
import { TECH_FIELDS } from '#core';
import { thesaurusGroups } from '#search';
import type { MatchProfile } from './profile.js';

/**
 * Bump when ProfileBuilder or a posting kind's profile input (posting-profiles.ts) changes what a
 * profile holds, or StoredProfile changes how it is written. The thesaurus and the taxonomy are hashed
 * in, so editing either needs no bump.
 */
const BUILDER_REVISION = 6;

/** The version stored profiles must carry to be used; any other is rebuilt on read. */
export const PROFILE_VERSION = createHash('sha256')
  .update(JSON.stringify([BUILDER_REVISION, thesaurusGroups(), TECH_FIELDS]))
  .digest('base64url')
  .slice(0, 16);

/**
 * A MatchProfile as JSON: terms flattened to `[term, weight, term, weight, …]`, the date as ISO text.
 * A match parses the profiles of 200 candidates, and one array per profile parses faster than one per
 * term. Decline feedback is not part of it: it changes with every answer and is read fresh at match time.
 */
export type StoredProfile = Omit<MatchProfile, 'terms' | 'publishedAt' | 'feedback'> & {
  readonly terms: readonly (string | number)[];
  readonly publishedAt?: string;
};

/** A profile as ProfileBuilder builds it (never with feedback) as stored JSON. */
export function storeProfile(profile: MatchProfile): StoredProfile {
  const { terms, publishedAt, ...rest } = profile;
  return {
    ...rest,
    terms: [...terms].flat(),
    ...(publishedAt ? { publishedAt: publishedAt.toISOString() } : {}),
  };
}

/** The profile a StoredProfile was written from; copied in one spread, as matching loads 200 at a time. */
export function loadProfile(stored: StoredProfile): MatchProfile {
  const terms = new Map<string, number>();
  for (let i = 0; i < stored.terms.length; i += 2) {
    terms.set(stored.terms[i] as string, stored.terms[i + 1] as number);
  }
  const { publishedAt } = stored;
  return { ...stored, terms, publishedAt: publishedAt === undefined ? undefined : new Date(publishedAt) };
}
