import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '#identity';
import { Conversation } from './conversation.entity.js';

/**
 * How far one organization has read a thread: messages of the other side after `last_read_at` are its
 * unread count. Per organization, not per user, since the organization is the party of the conversation.
 */
@Entity('conversation_reads')
export class ConversationRead {
  @PrimaryColumn({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation: Relation<Conversation>;

  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<Organization>;

  @Column({ type: 'timestamptz' })
  lastReadAt: Date;
}
