import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';
import { Demand } from './demand.entity.js';

export const ACCESS_REQUEST_STATUSES = ['pending', 'granted', 'refused', 'revoked'] as const;
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number];

/**
 * A verified organization's request to read a confidential demand. It records the exact NDA text the
 * requester accepted, so a later edit of the demand's NDA never changes what was agreed.
 */
@Entity('demand_access_requests')
@Index('demand_access_requests_one_open', ['demandId', 'organizationId'], {
  unique: true,
  where: `status IN ('pending', 'granted')`,
})
export class DemandAccessRequest extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id' })
  demand: Relation<Demand>;

  @OrganizationKey()
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
}
