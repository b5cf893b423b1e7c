import { Body, Query } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, UpdateRoute, UuidParam } from '#http';
import type { Actor } from '#identity';
import { CreateTaskDto, TaskDto, TaskQueryDto, UpdateTaskDto } from '../dto/task.dto.js';
import { TaskService } from '../task.service.js';

/** 跟进任务: follow-ups on visits, matches and deals, with due dates and reminders. */
@ApiController('services', 'api/v1/tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  @ReadRoute(undefined, [TaskDto], {
    problems: [400, 401],
    description: 'The acting organization’s tasks, soonest due first',
  })
  list(@CurrentActor() actor: Actor, @Query() query: TaskQueryDto) {
    return this.tasks.list(actor, query);
  }

  @CreateRoute(undefined, TaskDto, { problems: [400, 401] })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTaskDto) {
    return this.tasks.create(actor, body);
  }

  @UpdateRoute(':id', TaskDto, { problems: [400, 401, 404], longText: false })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: UpdateTaskDto) {
    return this.tasks.update(actor, id, body);
  }
}
