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
 * A thread between two organizations, opened by the first contact on a match (one per match, `match_id`
 * unique, so contacting twice, or both sides contacting, finds the same thread) or by 我要对接 on a
 * posting (one per posting and interested organization). The match or posting may go later; the thread
 * stays, with its subject as it was.
 */
@Entity('conversations')
@Index('conversations_posting_key', ['postingKind', 'postingId', 'sourceOrganizationId'], {
  unique: true,
  where: 'posting_id IS NOT NULL',
})
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

  /**
   * What a thread opened by 我要对接 is about (null for a match's thread): a posting kind, or `society`
   * for a society itself. Its owner is the candidate side and stays anonymous to the source side while
   * the posting is hidden from it.
   */
  @Column({ type: 'varchar', length: 20, nullable: true })
  postingKind: string | null;

  @Column({ type: 'uuid', nullable: true })
  postingId: string | null;

  /** The need side of the match (its source posting's organization), or the interested organization. */
  @Column({ type: 'uuid' })
  sourceOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_organization_id' })
  sourceOrganization: Relation<Organization>;

  /** The supply side of the match (its candidate posting's organization), or the posting's owner. */
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
