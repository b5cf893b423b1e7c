import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A thread between two organizations about a subject. One opened from a match is the match's only one
 * (`match_id` unique), so contacting twice, or both sides contacting, finds the same thread; the match may
 * go later (a withdrawn posting drops its matches) and the thread stays, with its subject as it was.
 * Other contexts' tables are referenced by entity name (`@ForeignKey('Match')`): the keys stay in the
 * schema while this lib never loads another context's entity class.
 */
@Entity('conversations')
@Index('conversations_source_organization', ['sourceOrganizationId', 'lastMessageAt'])
@Index('conversations_candidate_organization', ['candidateOrganizationId', 'lastMessageAt'])
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('conversations_match_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('Match', { onDelete: 'SET NULL' })
  matchId: string | null;

  /** The side that asks (of a match: its source posting's organization, the need side). */
  @Column({ type: 'uuid' })
  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  sourceOrganizationId: string;

  /** The side asked (of a match: its candidate posting's organization, the supply side). */
  @Column({ type: 'uuid' })
  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  candidateOrganizationId: string;

  /** What the thread is about as it read when opened (of a match: the two postings' titles or teasers). */
  @Column({ type: 'varchar', length: 600 })
  subject: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('User', { onDelete: 'SET NULL' })
  createdBy: string | null;

  /** The thread's activity time: its creation until the first message, then the latest message's. */
  @Column({ type: 'timestamptz' })
  lastMessageAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
