import { Column, Entity, Index, type Relation } from 'typeorm';
import { CreatedRow, BelongsTo } from '#database';
import { Session } from './session.entity.js';

/** One link of a session's rotation chain. Only the SHA-256 of the token is stored. */
@Entity('refresh_tokens')
export class RefreshToken extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @BelongsTo(() => Session, 'session_id')
  session: Relation<Session>;

  @Index('refresh_tokens_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** Set when rotated; presenting a used token again is reuse, and ends the session. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
