import { Column, Entity, Index, type Relation } from 'typeorm';
import { CreatedRow, BelongsTo } from '#database';
import { Expert } from './expert.entity.js';

/** An emailed invitation for an expert to claim their profile; the link's token is derived, not stored. */
@Entity('expert_claims')
export class ExpertClaim extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  expertId: string;

  @BelongsTo(() => Expert, 'expert_id')
  expert: Relation<Expert>;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  nonce: string;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}
