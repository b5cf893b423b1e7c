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
import { Organization, User } from '#identity';
import { Match } from '../match.entity.js';

/**
 * A thread between the two organizations of a match, opened by the first contact: one per match
 * (`match_id` unique), so contacting twice, or both sides contacting, finds the same thread. The match
 * may go later (a withdrawn posting drops its matches); the thread stays, with its subject as it was.
 */
@Entity('conversations')
@Index('conversations_source_organization', ['sourceOrganizationId', 'lastMessageAt'])
@Index('conversations_candidate_organization', ['candidateOrganizationId', 'lastMessageAt'])
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('conversations_match_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  @ManyToOne(() => Match, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<Match> | null;

  /** The need side of the match (its source posting's organization). */
  @Column({ type: 'uuid' })
  sourceOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_organization_id' })
  sourceOrganization: Relation<Organization>;

  /** The supply side of the match (its candidate posting's organization). */
  @Column({ type: 'uuid' })
  candidateOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_organization_id' })
  candidateOrganization: Relation<Organization>;

  /** The two postings' titles when the thread was opened (a confidential one's teaser). */
  @Column({ type: 'varchar', length: 600 })
  subject: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<User> | null;

  /** The thread's activity time: its creation until the first message, then the latest message's. */
  @Column({ type: 'timestamptz' })
  lastMessageAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
