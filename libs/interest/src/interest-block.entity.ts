import { Column, Entity, Index } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';

/**
 * An owner's refusal of further 我要对接 from one organization; `reported` also puts it before the
 * platform's staff (spam, abuse), with the owner's note.
 */
@Entity('interest_blocks')
@Index('interest_blocks_pair', ['ownerOrganizationId', 'blockedOrganizationId'], { unique: true })
export class InterestBlock extends CreatedRow {
  @OrganizationKey()
  ownerOrganizationId: string;

  @OrganizationKey()
  blockedOrganizationId: string;

  @Column({ type: 'boolean', default: false })
  reported: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;
}
