import { Column, Entity, ForeignKey, Index, type Relation } from 'typeorm';
import { CreatedRow, OrganizationKey, BelongsTo } from '#database';
import { Conversation } from './conversation.entity.js';

export const MESSAGE_MAX_LENGTH = 5000;

/** One message of a thread, written by a member on behalf of one of its two organizations. */
@Entity('messages')
@Index('messages_conversation_created', ['conversationId', 'createdAt', 'id'])
export class ConversationMessage extends CreatedRow {
  @Column({ type: 'uuid' })
  conversationId: string;

  @BelongsTo(() => Conversation, 'conversation_id')
  conversation: Relation<Conversation>;

  /** Null once the author's account is deleted: the message stays, signed by its organization. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('User', { onDelete: 'SET NULL' })
  authorUserId: string | null;

  @OrganizationKey()
  authorOrganizationId: string;

  @Column({ type: 'varchar', length: MESSAGE_MAX_LENGTH })
  body: string;
}
