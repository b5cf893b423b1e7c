import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';

/**
 * A thread between two organizations about a subject. One opened from a match is the match's only one
 * (`match_id` unique), so contacting twice, or both sides contacting, finds the same thread; one opened by
 * 我要对接 on a posting is the only one per posting and interested organization. The match or posting may
 * go later (a withdrawn posting drops its matches) and the thread stays, with its subject as it was.
 * Other contexts' tables are referenced by entity name (`@ForeignKey('Match')`): the keys stay in the
 * schema while this lib never loads another context's entity class.
 */
@Entity('conversations')
@Index('conversations_posting_key', ['postingKind', 'postingId', 'sourceOrganizationId'], {
  unique: true,
  where: 'posting_id IS NOT NULL',
})
@Index('conversations_source_organization', ['sourceOrganizationId', 'lastMessageAt'])
@Index('conversations_candidate_organization', ['candidateOrganizationId', 'lastMessageAt'])
// The Beijing day reporting_facts counts the row on (migrations/…-ReportingDaily.ts, issue 18).
@Index('conversations_created_day', { synchronize: false })
export class Conversation extends CreatedRow {
  @Index('conversations_match_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('Match', { onDelete: 'SET NULL' })
  matchId: string | null;

  /**
   * What a thread opened by 我要对接 is about (null for a match's thread): a posting kind, or `society`
   * for a society itself. Its owner is the candidate side and stays anonymous to the source side while
   * the posting is hidden from it.
   */
  @Column({ type: 'varchar', length: 20, nullable: true })
  postingKind: string | null;

  @Column({ type: 'uuid', nullable: true })
  postingId: string | null;

  /**
   * The side that asks (of a match: its source posting's organization, the need side; of 我要对接: the
   * interested organization).
   */
  @OrganizationKey()
  sourceOrganizationId: string;

  /** The side asked (of a match: its candidate posting's organization, the supply side; of 我要对接: the owner). */
  @OrganizationKey()
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
}
