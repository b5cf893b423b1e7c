import { Column, Entity, Index } from 'typeorm';
import { UpdatedRow } from '#database';

/** Stored data: never rename a value without a migration. */
export const ORGANIZATION_TYPES = [
  'enterprise',
  'society',
  'university',
  'investor',
  'service_agency',
  'organizer',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

@Entity('organizations')
export class Organization extends UpdatedRow {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  type: OrganizationType;

  /** 统一社会信用代码: one organization per legal entity. */
  @Index('organizations_credit_code_key', { unique: true })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  industryCode: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'pending' })
  verificationStatus: VerificationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  verificationNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;
}
