import { Column, Entity, Index, type Relation } from 'typeorm';
import { OrganizationKey, BelongsTo, UpdatedRow } from '#database';
import { Challenge } from './challenge.entity.js';

export const PROPOSAL_STATUSES = ['submitted', 'shortlisted', 'awarded', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A 揭榜方案: one per organization and challenge; only its own organization and the owner ever see it. */
@Entity('proposals')
@Index('proposals_challenge_id_organization_id_key', ['challengeId', 'organizationId'], { unique: true })
export class Proposal extends UpdatedRow {
  @Column({ type: 'uuid' })
  challengeId: string;

  @BelongsTo(() => Challenge, 'challenge_id')
  challenge: Relation<Challenge>;

  @Index()
  @OrganizationKey()
  organizationId: string;

  /** The owner's name, set from identity's directory by the service that shows the row: not a column. */
  organizationName?: string;

  @Column({ type: 'uuid' })
  submittedBy: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Column({ type: 'varchar', length: 5000 })
  approach: string;

  @Column({ type: 'varchar', length: 2000 })
  team: string;

  @Column({ type: 'bigint' })
  costYuan: string;

  @Column({ type: 'integer' })
  durationDays: number;

  @Column({ type: 'varchar', length: 12, default: 'submitted' })
  status: ProposalStatus;

  /** Score per criterion name, 0–100, set by the owner. */
  @Column({ type: 'jsonb', nullable: true })
  scores: Record<string, number> | null;

  /** The weighted total of `scores`, 0–100, kept for ordering. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  totalScore: string | null;
}
