import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PostingKind } from '#core';

export const ACCESS_REQUEST_STATUSES = ['pending', 'granted', 'refused', 'revoked'] as const;
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number];

/** The kinds a confidential posting of which can be requested. Stored data (access_requests.posting_kind). */
export type AccessKind = PostingKind;

/**
 * A verified organization's request to read a confidential posting of any kind (issue 16; demands' own
 * table was moved here). It records the exact NDA text the requester accepted, so a later edit of the
 * posting's NDA never changes what was agreed. The posting is named by kind and id, as files are: no
 * foreign key, since the id points into one of several tables.
 */
@Entity('access_requests')
@Index('access_requests_one_open', ['postingKind', 'postingId', 'organizationId'], {
  unique: true,
  where: `status IN ('pending', 'granted')`,
})
@Index('access_requests_posting', ['postingKind', 'postingId', 'createdAt'])
export class AccessRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  postingKind: AccessKind;

  @Column({ type: 'uuid' })
  postingId: string;

  @Index()
  @Column({ type: 'uuid' })
  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  organizationId: string;

  /** The asking organization's name, set from identity's directory when shown: not a column. */
  organizationName?: string;

  @Column({ type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: AccessRequestStatus;

  @Column({ type: 'varchar', length: 5000 })
  ndaTextAccepted: string;

  @Column({ type: 'timestamptz' })
  ndaAcceptedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
