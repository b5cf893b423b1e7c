import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PostingKind } from '#core';
import type { StoredProfile } from './stored-profile.js';

/**
 * A posting's analyzed match profile (tokens, thesaurus concepts, fields and facts), stored by its own
 * matching job so that matching another posting against it reads it instead of segmenting its text
 * again. Valid while the posting's `updated_at` and the builder's version are the ones it was built from;
 * a stale or missing profile is rebuilt (and stored) by whichever match reads it first.
 */
@Entity('match_profiles')
export class MatchProfileRecord {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: PostingKind;

  @PrimaryColumn({ type: 'uuid' })
  postingId: string;

  /** The posting's updated_at the profile was built from, to the microsecond. */
  @Column({ type: 'timestamptz' })
  sourceUpdatedAt: Date;

  /** PROFILE_VERSION at build time: a changed builder or thesaurus makes older profiles stale. */
  @Column({ type: 'varchar', length: 16 })
  version: string;

  /** json, not jsonb: written and read whole only, and jsonb is slow to render back (a match reads 200). */
  @Column({ type: 'json' })
  profile: StoredProfile;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
