import { Column, Index, type Relation } from 'typeorm';
import { CreatedRow, BelongsTo } from '#database';
import { User } from './user.entity.js';

/** A row that belongs to one user (a session, a token, a membership), deleted with the user. */
export abstract class UserOwnedRow extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @BelongsTo(() => User, 'user_id')
  user: Relation<User>;
}
