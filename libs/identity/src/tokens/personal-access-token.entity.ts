import { Column, Entity, Index } from 'typeorm';
import { UserOwnedRow } from '../users/user-owned-row.js';

/** A long-lived token for API integrations. Shown once; only its SHA-256 is kept. */
@Entity('personal_access_tokens')
export class PersonalAccessToken extends UserOwnedRow {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The first characters of the token, so a person can tell their tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('personal_access_tokens_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
