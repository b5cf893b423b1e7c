import { Column, Entity } from 'typeorm';
import { UserOwnedRow } from '../users/user-owned-row.js';

/**
 * A signed-in device. Its refresh tokens rotate; the session is the token family that reuse detection
 * revokes as a whole. Access tokens carry the session id, so revoking a session ends them at once.
 */
@Entity('sessions')
export class Session extends UserOwnedRow {
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
