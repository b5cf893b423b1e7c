import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedRow } from '#database';
import { User } from '../users/user.entity.js';

/**
 * A signed-in device. Its refresh tokens rotate; the session is the token family that reuse detection
 * revokes as a whole. Access tokens carry the session id, so revoking a session ends them at once.
 */
@Entity('sessions')
export class Session extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** logout | password-changed | password-reset | refresh-token-reused | user-disabled */
  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
