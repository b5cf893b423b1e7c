import { Column, Entity, Index } from 'typeorm';
import { UpdatedRow } from '#database';

export const PLATFORM_ROLES = ['admin', 'moderator'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Entity('users')
export class User extends UpdatedRow {
  /** Stored lower-cased (EmailField normalises), so the unique index is case-insensitive in effect. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** argon2id PHC string; never leaves the identity lib. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  platformRole: PlatformRole | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: UserStatus;

  /** When the user proved the address; until then they may sign in only to confirm it. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;
}
