import { Column, Entity, Index, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { CreatedRow } from '#database';
import { Demand } from '../demands/demand.entity.js';

export const CHALLENGE_STATUSES = ['open', 'awarded', 'closed'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** One criterion the owner scores proposals against; weights of a challenge add up to 100. */
export interface Criterion {
  name: string;
  weight: number;
}

/** A 揭榜挂帅 open call on a demand: an award, a deadline and the criteria proposals are scored by. */
@Entity('challenges')
export class Challenge extends CreatedRow {
  @Index('challenges_demand_id_key', { unique: true })
  @Column({ type: 'uuid' })
  demandId: string;

  @OneToOne(() => Demand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id' })
  demand: Relation<Demand>;

  @Column({ type: 'bigint' })
  awardYuan: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'jsonb' })
  criteria: Criterion[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ChallengeStatus;

  @Column({ type: 'uuid', nullable: true })
  awardedProposalId: string | null;
}
