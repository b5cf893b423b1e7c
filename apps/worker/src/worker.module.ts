import { BullModule } from '@nestjs/bullmq';
import { Module, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { configSlices, contexts } from '#contexts';
import { AppConfigModule } from '#core';
import {
  assembleEventRoutes,
  OUTBOX_ROUTES,
  OutboxReconciler,
  OutboxRelay,
  QUEUE_JOB_OPTIONS,
  QueueName,
} from '#queue';
import { DatabaseModule } from '../../../migrations/data-source.js';
import { assertEveryJobHandled, assertRoutesOwned, jobsRun } from './handler-coverage.js';
import { JobCompletions } from './job-completions.js';
import { JOB_HANDLERS } from './shared-queue-host.js';
import { sharedQueueHosts } from './shared-queues.js';
import { WorkerErrors } from './worker-errors.js';
import { WorkerWatchdog } from './worker-watchdog.js';

/** Every context's processors (one per queue a context has to itself). */
const processors = contexts.flatMap((context) => context.processors ?? []);
/** Every context's handlers of jobs on the shared queues, run by those queues' hosts. */
const jobHandlers = contexts.flatMap((context) => context.jobHandlers ?? []);

@Module({
  imports: [
    AppConfigModule.forRoot(configSlices),
    DiscoveryModule,
    DatabaseModule,
    BullModule.registerQueue(
      // A queue's own options replace the shared ones whole, so only queues with exceptions get any.
      ...Object.values(QueueName).map((name) =>
        QUEUE_JOB_OPTIONS[name] ? { name, defaultJobOptions: QUEUE_JOB_OPTIONS[name] } : { name },
      ),
    ),
    ...contexts.map((context) => context.module),
  ],
  providers: [
    ...processors,
    ...sharedQueueHosts,
    ...jobHandlers,
    { provide: JOB_HANDLERS, useValue: jobHandlers },
    { provide: OUTBOX_ROUTES, useValue: assembleEventRoutes(contexts) },
    OutboxRelay,
    OutboxReconciler,
    JobCompletions,
    WorkerErrors,
    WorkerWatchdog,
  ],
})
export class WorkerModule implements OnModuleInit {
  onModuleInit(): void {
    assertEveryJobHandled(jobsRun(processors, sharedQueueHosts, jobHandlers));
    assertRoutesOwned(contexts);
  }
}
