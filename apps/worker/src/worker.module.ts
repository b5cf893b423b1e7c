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
import { ImportsProcessor } from './processors/imports.processor.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';
import { MatchingProcessor } from './processors/matching.processor.js';
import { NotifyProcessor } from './processors/notify.processor.js';
import { SearchSyncProcessor } from './processors/search-sync.processor.js';
import { WebhooksProcessor } from './processors/webhooks.processor.js';
import { WorkerWatchdog } from './worker-watchdog.js';
import { SubscriptionsProcessor } from './processors/subscriptions.processor.js';

const processors = [
  EmailProcessor,
  MaintenanceProcessor,
  ImportsProcessor,
  SearchSyncProcessor,
  MatchingProcessor,
  NotifyProcessor,
  WebhooksProcessor,
  SubscriptionsProcessor,
  ...contexts.flatMap((context) => context.processors ?? []),
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
