import { Column, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedRow } from '#database';
import { User } from './user.entity.js';

/** A row that belongs to one user (a session, a token, a membership), deleted with the user. */
export abstract class UserOwnedRow extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;
}
