import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedRow } from '#database';
import { User } from '../users/user.entity.js';

/** A long-lived token for API integrations. Shown once; only its SHA-256 is kept. */
@Entity('personal_access_tokens')
export class PersonalAccessToken extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

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
