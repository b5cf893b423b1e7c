import { Column, Entity, Index, type Relation } from 'typeorm';
import { CreatedRow, BelongsTo } from '#database';
import { Organization } from './organization.entity.js';
import type { MemberRole } from './membership.entity.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An emailed invitation. As with password resets, the link token is derived from `nonce` and APP_SECRET. */
@Entity('invitations')
@Index('invitations_one_pending_per_email', ['organizationId', 'email'], {
  unique: true,
  where: `status = 'pending'`,
})
export class Invitation extends CreatedRow {
  @Column({ type: 'uuid' })
  organizationId: string;

  @BelongsTo(() => Organization, 'organization_id')
  organization: Relation<Organization>;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 10 })
  role: MemberRole;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @Column({ type: 'char', length: 32 })
  nonce: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: InvitationStatus;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}
