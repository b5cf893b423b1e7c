import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { DateField, EnumField, TextField, UuidField } from '#core';
import { TASK_STATUSES, TASK_TARGET_TYPES, type TaskStatus, type TaskTargetType } from '../service-terms.js';

/** An optional instant with its offset (`2027-03-01T09:00:00+08:00`). */
function InstantField(description: string) {
  return (target: object, property: string) => {
    ApiPropertyOptional({ type: 'string', format: 'date-time', description })(target, property);
    IsOptional()(target, property);
    IsISO8601({ strict: true, strictSeparator: true })(target, property);
  };
}

export class CreateTaskDto {
  @TextField({ max: 200 }) title: string;

  @EnumField(TASK_TARGET_TYPES, {
    description:
      'What it follows up: a visit of the caller’s organization, or a match or deal it is a party of',
  })
  targetType: TaskTargetType;

  @UuidField() targetId: string;

  @DateField({ description: 'Due date, today or later (Beijing date)' })
  dueOn: string;

  @InstantField('When to remind; default 09:00 Beijing time on the due date; not after the due date')
  remindAt?: string;

  @UuidField({ optional: true, description: 'A member of the organization to remind (default: all members)' })
  assigneeUserId?: string;
}

export class UpdateTaskDto {
  @TextField({ max: 200, optional: true }) title?: string;
  @DateField({ optional: true }) dueOn?: string;
  @InstantField('A new reminder time: the reminder is sent again at it')
  remindAt?: string;
  @EnumField(TASK_STATUSES, { optional: true, description: 'done closes the task and cancels its reminder' })
  status?: TaskStatus;
}

export class TaskQueryDto {
  @EnumField(TASK_STATUSES, { optional: true }) status?: TaskStatus;
  @EnumField(TASK_TARGET_TYPES, { optional: true }) targetType?: TaskTargetType;
  @UuidField({ optional: true }) targetId?: string;
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_TARGET_TYPES }) targetType: TaskTargetType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'date-time' }) remindAt: string;
  @ApiProperty({ description: 'The reminder has been queued' }) reminded: boolean;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) assigneeUserId: string | null;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() version: number;
}
