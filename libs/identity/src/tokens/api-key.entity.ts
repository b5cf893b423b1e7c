import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';

/**
 * An organization's key for an integration (another platform reading the change feeds, an ERP importing
 * demand lists). Created and revoked by the organization's admins, it acts as a plain member of that one
 * organization. Shown once; only its SHA-256 is kept, as for personal access tokens.
 */
@Entity('api_keys')
@Index('api_keys_organization', ['organizationId', 'createdAt'])
export class ApiKey extends CreatedRow {
  @OrganizationKey()
  organizationId: string;

  /** The admin who created it: what the key does is recorded in the audit log under this user. */
  @Column({ type: 'uuid' })
  @ForeignKey('User', { onDelete: 'CASCADE' })
  createdBy: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The first characters of the key, so admins can tell their keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('api_keys_key_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  keyHash: string;

  /** Requests allowed per minute; answered with 429 and Retry-After above it. */
  @Column({ type: 'integer' })
  rateLimitPerMinute: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
