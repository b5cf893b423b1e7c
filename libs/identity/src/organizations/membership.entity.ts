import { Column, Entity, Index, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import { UserOwnedRow } from '../users/user-owned-row.js';
import { Organization } from './organization.entity.js';

export const MEMBER_ROLES = ['owner', 'admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

@Entity('memberships')
@Index('memberships_organization_id_user_id_key', ['organizationId', 'userId'], { unique: true })
export class Membership extends UserOwnedRow {
  @Column({ type: 'uuid' })
  organizationId: string;

  @BelongsTo(() => Organization, 'organization_id')
  organization: Relation<Organization>;

  @Column({ type: 'varchar', length: 10 })
  role: MemberRole;
}
