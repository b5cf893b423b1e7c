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
import { Conversation } from './conversation.entity.js';

export const MESSAGE_MAX_LENGTH = 5000;

/** One message of a thread, written by a member on behalf of one of its two organizations. */
@Entity('messages')
@Index('messages_conversation_created', ['conversationId', 'createdAt', 'id'])
export class ConversationMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation: Relation<Conversation>;

  /** Null once the author's account is deleted: the message stays, signed by its organization. */
  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  authorUser: Relation<User> | null;

  @Column({ type: 'uuid' })
  authorOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_organization_id' })
  authorOrganization: Relation<Organization>;

  @Column({ type: 'varchar', length: MESSAGE_MAX_LENGTH })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
