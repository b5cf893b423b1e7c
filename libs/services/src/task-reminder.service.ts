import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { NotificationDispatcher, type DispatchResult } from '#notifications';
import { EventType, queueWithOutbox, type EventPayloads } from '#queue';
import { FollowUpTask } from './records/follow-up-task.entity.js';
import { taskDueEmail, taskDueText } from './task-due.email.js';

/** Reminders queued per scan; the next scan (a minute later) takes the rest. */
const SCAN_BATCH = 500;

export type ReminderOutcome = ({ outcome: 'reminded' } & DispatchResult) | { outcome: 'skipped' };

/**
 * Follow-up task reminders, neither lost nor sent twice. A scan marks the tasks whose reminder time came
 * and writes one outbox event each in the same statement, skipping rows another scan holds: a reminder is
 * queued exactly once per reminder time, and the outbox relay (with its reconciler) never loses it. The
 * job that tells the people keys its notifications by task and reminder time, so a retried or repeated
 * job delivers nothing twice; a task closed or moved since is skipped.
 */
@Injectable()
export class TaskReminderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {}

  /** Queues every reminder due at `now`; returns how many. */
  async queueDue(now = new Date()): Promise<number> {
    return queueWithOutbox(
      this.dataSource,
      `UPDATE follow_up_tasks SET reminder_queued_at = $1
        WHERE id IN (SELECT id FROM follow_up_tasks
                      WHERE status = 'open' AND reminder_queued_at IS NULL AND remind_at <= $1
                      ORDER BY remind_at LIMIT ${SCAN_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, remind_at`,
      `jsonb_build_object('taskId', id, 'remindAt', to_json(remind_at)#>>'{}')`,
      EventType.TaskReminderDue,
      [now],
    );
  }

  async remind({ taskId, remindAt }: EventPayloads[EventType.TaskReminderDue]): Promise<ReminderOutcome> {
    const task = await this.dataSource.getRepository(FollowUpTask).findOneBy({ id: taskId });
    if (!task || task.status !== 'open' || task.remindAt.getTime() !== new Date(remindAt).getTime())
      return { outcome: 'skipped' };
    const recipients = task.assigneeUserId
      ? await this.memberships.contactsOf([], [task.assigneeUserId])
      : await this.memberships.contactsOf([task.organizationId], []);
    const link = '/services/tasks';
    const content = { title: task.title, dueOn: task.dueOn, link: `${this.config.PUBLIC_URL}${link}` };
    const email = taskDueEmail(content);
    const result = await this.dispatcher.dispatch({
      eventKey: `task-due:${task.id}:${task.remindAt.getTime()}`,
      kind: 'task-due',
      subject: { type: 'task', id: task.id, link },
      recipients,
      text: taskDueText(content),
      email: () => email,
    });
    return { outcome: 'reminded', ...result };
  }
}
