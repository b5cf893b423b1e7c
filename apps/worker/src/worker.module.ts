import { BullModule } from '@nestjs/bullmq';
import { Module, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { contexts } from '#contexts';
import { AppConfigModule } from '#core';
import { OutboxReconciler, OutboxRelay, QUEUE_JOB_OPTIONS, QueueName } from '#queue';
import { DatabaseModule } from '../../../migrations/data-source.js';
import { assertEveryJobHandled } from './handler-coverage.js';
import { JobCompletions } from './job-completions.js';
import { WorkerErrors } from './worker-errors.js';
import { EmailProcessor } from './processors/email.processor.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';
import { NotifyProcessor } from './processors/notify.processor.js';
import { WorkerWatchdog } from './worker-watchdog.js';

/**
 * Every context's processors, plus those of the queues several contexts share (a queue has one worker,
 * so one processor): their handlers each call into the context that owns the work.
 */
const processors = [
  ...contexts.flatMap((context) => context.processors ?? []),
  EmailProcessor,
  NotifyProcessor,
  MaintenanceProcessor,
];

@Module({
  imports: [
    AppConfigModule,
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
  providers: [...processors, OutboxRelay, OutboxReconciler, JobCompletions, WorkerErrors, WorkerWatchdog],
})
export class WorkerModule implements OnModuleInit {
  onModuleInit(): void {
    assertEveryJobHandled(processors.flatMap((p) => p.handles));
  }
}
