import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';
import type { PostingKind } from '#core';
import type { InterestKind } from './interest-kinds.js';

/**
 * One 我要对接: an organization told the owner of a posting (or a society) that it wants to work with
 * them, with a message (the first of, or one more in, their thread) and optionally one of its own
 * postings. Each row counts towards the organization's daily limit, so none is ever merged into another.
 */
@Entity('interests')
@Index('interests_organization_day', ['organizationId', 'createdAt'])
export class Interest extends CreatedRow {
  @Column({ type: 'varchar', length: 20 })
  postingKind: InterestKind;

  @Column({ type: 'uuid' })
  postingId: string;

  @Index()
  @OrganizationKey()
  ownerOrganizationId: string;

  /** The interested organization. */
  @OrganizationKey()
  organizationId: string;

  /** The interested organization's own posting it brings (an investor's offer on a project…). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  offeredKind: PostingKind | null;

  @Column({ type: 'uuid', nullable: true })
  offeredId: string | null;

  @Column({ type: 'uuid' })
  @ForeignKey('Conversation', { onDelete: 'CASCADE' })
  conversationId: string;

  /** The message written to the thread with it (its text lives in the thread only). */
  @Column({ type: 'uuid' })
  messageId: string;

  @Column({ type: 'uuid' })
  createdBy: string;
}
