import { Column, Entity } from 'typeorm';
import { UserOwnedRow } from '../users/user-owned-row.js';

/**
 * A forgotten-password request. The emailed token is derived from `nonce` with APP_SECRET, so neither
 * the database alone nor a queue payload holds a usable link.
 */
@Entity('password_reset_requests')
export class PasswordResetRequest extends UserOwnedRow {
  @Column({ type: 'char', length: 32 })
  nonce: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
