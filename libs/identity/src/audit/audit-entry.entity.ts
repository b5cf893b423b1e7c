import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The append-only audit log. A trigger (see the migration) rejects UPDATE, DELETE and TRUNCATE for
 * every role, superusers included, so history cannot be rewritten through the application.
 */
@Entity('audit_log')
@Index(['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  /** e.g. auth.sign-in, membership.role-changed, organization.verified */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
