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

  /**
   * The version of the user agreement and privacy policy (用户协议、隐私政策) the user consented to at
   * registration (PIPL 个人信息保护法 art. 14), and when; null for accounts from before consent was asked.
   */
  @Column({ type: 'varchar', length: 20, nullable: true })
  consentVersion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentedAt: Date | null;
}
