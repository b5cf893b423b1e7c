import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Organization } from '#identity';

/**
 * An owner's refusal of further 我要对接 from one organization; `reported` also puts it before the
 * platform's staff (spam, abuse), with the owner's note.
 */
@Entity('interest_blocks')
@Index('interest_blocks_pair', ['ownerOrganizationId', 'blockedOrganizationId'], { unique: true })
export class InterestBlock {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization: Relation<Organization>;

  @Column({ type: 'uuid' })
  blockedOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_organization_id' })
  blockedOrganization: Relation<Organization>;

  @Column({ type: 'boolean', default: false })
  reported: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
