import { Column, Entity, Index } from 'typeorm';
import { AuthoredRow } from '#database';
import type { TaskStatus, TaskTargetType } from '../service-terms.js';

/**
 * 跟进任务: a follow-up an organization keeps on a visit, match, meeting or deal, due on a date, with a
 * reminder at `remindAt`. `reminderQueuedAt` is set in the transaction that writes the reminder's outbox
 * event, so a reminder is queued once for each `remindAt`; moving the time clears it.
 */
@Entity('follow_up_tasks')
@Index('follow_up_tasks_organization_due_on', ['organizationId', 'dueOn'])
@Index('follow_up_tasks_target', ['targetType', 'targetId'])
// What the reminder scan reads: open tasks whose reminder is not queued yet, by time.
@Index('follow_up_tasks_reminders_due', ['remindAt'], {
  where: "status = 'open' AND reminder_queued_at IS NULL",
})
export class FollowUpTask extends AuthoredRow {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 10 })
  targetType: TaskTargetType;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz' })
  remindAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reminderQueuedAt: Date | null;

  /** Who is reminded; null: every member of the organization. */
  @Column({ type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: TaskStatus;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
