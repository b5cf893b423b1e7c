import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, pick, ValidationError, type FieldError } from '#core';
import { inTransaction } from '#database';
import { chinaToday, DealService } from '#deals';
import { AuditService, MembershipService, type Actor } from '#identity';
import { MatchingService } from '#matching';
import type { CreateTaskDto, TaskDto, TaskQueryDto, UpdateTaskDto } from './dto/task.dto.js';
import { FollowUpTask } from './records/follow-up-task.entity.js';
import { Visit } from './records/visit.entity.js';
import type { TaskTargetType } from './service-terms.js';

const LIST_LIMIT = 200;

/** The reminder a task gets unless told otherwise: 09:00 Beijing time on its due date. */
const defaultRemindAt = (dueOn: string) => new Date(`${dueOn}T09:00:00+08:00`);
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

/**
 * 跟进任务: follow-ups an organization keeps on its visits and on the matches and deals it is a party of,
 * with a due date and a reminder (queued by TaskReminderService). The organization's members create,
 * read and close them; for anyone else a task does not exist.
 */
@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deals: DealService,
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateTaskDto, now = new Date()): Promise<TaskDto> {
    const organizationId = actingOrganization(actor);
    const errors: FieldError[] = [];
    if (input.dueOn < chinaToday(now)) errors.push({ field: 'dueOn', code: 'date-in-past' });
    const remindAt = input.remindAt ? new Date(input.remindAt) : defaultRemindAt(input.dueOn);
    if (remindAt > endOf(input.dueOn)) errors.push({ field: 'remindAt', code: 'after-due-date' });
    if (!(await this.targetBelongs(actor, organizationId, input.targetType, input.targetId)))
      errors.push({
        field: 'targetId',
        code: input.targetType === 'meeting' ? 'meeting-unavailable' : 'target-not-yours',
      });
    if (input.assigneeUserId) {
      const members = await this.memberships.contactsOf([organizationId], []);
      if (!members.some((m) => m.userId === input.assigneeUserId))
        errors.push({ field: 'assigneeUserId', code: 'not-a-member' });
    }
    if (errors.length > 0) throw new ValidationError(errors);
    const task = await inTransaction(this.dataSource, async (manager) => {
      const created = await manager.save(
        manager.create(FollowUpTask, {
          organizationId,
          title: input.title,
          targetType: input.targetType,
          targetId: input.targetId,
          dueOn: input.dueOn,
          remindAt,
          assigneeUserId: input.assigneeUserId ?? null,
          createdBy: actor.userId,
        }),
      );
      await this.record(manager, actor, created, 'task.created');
      return created;
    });
    return present(task, now);
  }

  async list(actor: Actor, query: TaskQueryDto, now = new Date()): Promise<TaskDto[]> {
    const builder = this.dataSource
      .getRepository(FollowUpTask)
      .createQueryBuilder('t')
      .where('t.organization_id = ANY(:orgs)', {
        orgs: actor.organizationId ? [actor.organizationId] : [...actor.memberships.keys()],
      })
      .orderBy('t.due_on', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(LIST_LIMIT);
    if (query.status) builder.andWhere('t.status = :status', { status: query.status });
    if (query.targetType) builder.andWhere('t.target_type = :type', { type: query.targetType });
    if (query.targetId) builder.andWhere('t.target_id = :target', { target: query.targetId });
    return (await builder.getMany()).map((task) => present(task, now));
  }

  /**
   * Renames, moves or closes a task. A new due date or reminder time that differs from the queued one
   * is a new reminder (sent again); closing cancels one not sent yet.
   */
  async update(actor: Actor, id: string, input: UpdateTaskDto, now = new Date()): Promise<TaskDto> {
    const task = await inTransaction(this.dataSource, async (manager) => {
      const found = await manager.findOne(FollowUpTask, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || !actor.memberships.has(found.organizationId)) throw new NotFoundError('task-not-found');
      const dueOn = input.dueOn ?? found.dueOn;
      const remindAt = input.remindAt
        ? new Date(input.remindAt)
        : input.dueOn
          ? defaultRemindAt(dueOn)
          : found.remindAt;
      const errors: FieldError[] = [];
      if (input.dueOn && input.dueOn < chinaToday(now)) errors.push({ field: 'dueOn', code: 'date-in-past' });
      if (remindAt > endOf(dueOn)) errors.push({ field: 'remindAt', code: 'after-due-date' });
      if (errors.length > 0) throw new ValidationError(errors);
      if (remindAt.getTime() !== found.remindAt.getTime()) found.reminderQueuedAt = null;
      if (input.status && input.status !== found.status) {
        found.status = input.status;
        found.doneAt = input.status === 'done' ? now : null;
      }
      Object.assign(found, {
        title: input.title ?? found.title,
        dueOn,
        remindAt,
        version: found.version + 1,
      });
      const saved = await manager.save(found);
      await this.record(manager, actor, saved, 'task.updated', { fields: Object.keys(input) });
      return saved;
    });
    return present(task, now);
  }

  /** Whether the acting organization keeps the visit, or is a party of the match or deal. */
  private async targetBelongs(
    actor: Actor,
    organizationId: string,
    type: TaskTargetType,
    id: string,
  ): Promise<boolean> {
    switch (type) {
      case 'visit':
        return (
          (await this.dataSource.getRepository(Visit).findOneBy({ id }))?.organizationId === organizationId
        );
      case 'match':
        return (await this.matching.partiesOf(id))?.organizationIds.includes(organizationId) ?? false;
      case 'deal': {
        const deal = await this.deals.get(actor, id).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        return deal !== null && [deal.buyer.id, deal.seller.id].includes(organizationId);
      }
      case 'meeting':
        // Event meetings arrive with the events context; until then nothing can be followed up there.
        return false;
    }
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    task: FollowUpTask,
    action: string,
    data: Record<string, unknown> = {},
  ) {
    return this.audit.record(manager, {
      action,
      subjectType: 'task',
      subjectId: task.id,
      organizationId: task.organizationId,
      actorUserId: actor.userId,
      data: { ...data, version: task.version },
      ip: actor.ip,
    });
  }
}

/** Tasks belong to the organization the caller acts for. */
export function actingOrganization(actor: Actor): string {
  if (!actor.organizationId)
    throw new ValidationError(
      [{ field: 'X-Organization-Id', code: 'isDefined' }],
      'organization-context-required',
    );
  return actor.organizationId;
}

function present(task: FollowUpTask, now: Date): TaskDto {
  return {
    ...pick(task, ['id', 'organizationId', 'title', 'targetType', 'targetId', 'dueOn']),
    remindAt: task.remindAt.toISOString(),
    reminded: task.reminderQueuedAt !== null,
    assigneeUserId: task.assigneeUserId,
    status: task.status,
    doneAt: task.doneAt?.toISOString() ?? null,
    overdue: task.status === 'open' && task.dueOn < chinaToday(now),
    version: task.version,
  };
}
