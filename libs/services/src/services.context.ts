import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { DispatchesController } from './http/dispatches.controller.js';
import { RatingsController } from './http/ratings.controller.js';
import { ServiceLogsController } from './http/service-logs.controller.js';
import { TasksController } from './http/tasks.controller.js';
import { VisitsController } from './http/visits.controller.js';
import { Dispatch } from './records/dispatch.entity.js';
import { FollowUpTask } from './records/follow-up-task.entity.js';
import { Rating } from './records/rating.entity.js';
import { ServiceLog } from './records/service-log.entity.js';
import { Visit } from './records/visit.entity.js';
import { servicesMessages } from './services.messages.js';
import { ServicesModule } from './services.module.js';
import { TaskReminderProcessor } from './jobs/task-reminder.processor.js';

/** The service-work context (服务记录) as the api, the worker and the data source see it. */
export const servicesContext: BoundedContext = {
  name: 'services',
  module: ServicesModule,
  entities: [Visit, ServiceLog, Dispatch, FollowUpTask, Rating],
  controllers: [
    VisitsController,
    ServiceLogsController,
    DispatchesController,
    TasksController,
    RatingsController,
  ],
  processors: [TaskReminderProcessor],
  routes: {
    [EventType.TaskReminderDue]: [JobName.RemindTask],
  } satisfies EventRoutes,
  messages: servicesMessages,
};
