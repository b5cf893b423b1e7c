export {
  DEFAULT_JOB_OPTIONS,
  OUTAGE_BACKOFF,
  outageBackoff,
  digestJobId,
  outboxJobId,
  QUEUE_JOB_OPTIONS,
  IMPORT_WORKER_OPTIONS,
  WORKER_OPTIONS,
} from './job-options.js';
export {
  canHandle,
  handledJobs,
  Handles,
  JobProcessor,
  runHandler,
  schedulesJobs,
  SchedulingJobProcessor,
  type JobSchedule,
  type SchedulesJobs,
} from './job-processor.js';
export { assembleEventRoutes, OUTBOX_ROUTES, type EventRoutes, type OutboxRoutes } from './event-routes.js';
export { OutboxEvent } from './outbox-event.entity.js';
export {
  addOutboxEvent,
  outboxInsertSql,
  OutboxService,
  queueWithOutbox,
  type OutboxChange,
} from './outbox.service.js';
export {
  EventType,
  isEventType,
  JOB_QUEUE,
  JobName,
  QueueName,
  type EventPayloads,
  type JobPayloads,
} from './queue-names.js';
export { OutboxReconciler, type ReconcileReport } from './outbox-reconciler.service.js';
export { OutboxRelay } from './outbox-relay.service.js';
export { QueueModule, REDIS } from './queue.module.js';
export { claimQueues } from './queue-ownership.js';
export { createRedis } from './redis-connection.js';
export { queueContext } from './queue.context.js';
