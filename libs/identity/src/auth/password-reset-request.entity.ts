import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedRow } from '#database';
import { User } from '../users/user.entity.js';

/**
 * A forgotten-password request. The emailed token is derived from `nonce` with APP_SECRET, so neither
 * the database alone nor a queue payload holds a usable link.
 */
@Entity('password_reset_requests')
export class PasswordResetRequest extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'char', length: 32 })
  nonce: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
