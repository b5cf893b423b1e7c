import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A state change that others must hear about, written in the same transaction as the change.
 * The relay turns each row into one BullMQ job whose id is derived from this row's id.
 */
@Entity('outbox_events')
@Index('outbox_events_undispatched', ['id'], { where: 'dispatched_at IS NULL' })
@Index('outbox_events_unfinished', ['dispatchedAt'], { where: "pending_jobs <> '{}'" })
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  type: string;

  /** Ids only: the handler reloads what it needs, so no confidential text sits in Redis. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /**
   * The jobs this row started that have not finished yet: set by the relay, emptied as each job completes
   * or finally fails. The reconciler looks only at rows where it is not empty (a small partial index).
   */
  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  pendingJobs: string[];
}
