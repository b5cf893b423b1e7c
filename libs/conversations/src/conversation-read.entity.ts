import { Column, Entity, ForeignKey, PrimaryColumn, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import { Conversation } from './conversation.entity.js';

/**
 * How far one organization has read a thread: messages of the other side after `last_read_at` are its
 * unread count. Per organization, not per user, since the organization is the party of the conversation.
 */
@Entity('conversation_reads')
export class ConversationRead {
  @PrimaryColumn({ type: 'uuid' })
  conversationId: string;

  @BelongsTo(() => Conversation, 'conversation_id')
  conversation: Relation<Conversation>;

  // Identity's table by entity name: the key stays, the class is identity's own (read through its directory).
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'timestamptz' })
  lastReadAt: Date;
}
