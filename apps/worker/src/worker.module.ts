import { BullModule } from '@nestjs/bullmq';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppConfigModule } from '#core';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { NotificationsModule } from '#notifications';
import { PostingsModule } from '#postings';
import { ProfilesModule } from '#profiles';
import { SearchModule } from '#search';
import type { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS, OutboxRelay, QUEUE_JOB_OPTIONS, QueueModule, QueueName, REDIS } from '#queue';
import { databaseOptions } from '../../../migrations/data-source.js';
import { assertEveryJobHandled } from './handler-coverage.js';
import { EmailProcessor } from './processors/email.processor.js';
import { ImportsProcessor } from './processors/imports.processor.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';
import { MatchingProcessor } from './processors/matching.processor.js';
import { NotifyProcessor } from './processors/notify.processor.js';
import { SearchSyncProcessor } from './processors/search-sync.processor.js';
import { SubscriptionsProcessor } from './processors/subscriptions.processor.js';

const processors = [
  EmailProcessor,
  MaintenanceProcessor,
  ImportsProcessor,
  SearchSyncProcessor,
  MatchingProcessor,
  NotifyProcessor,
  SubscriptionsProcessor,
];

@Module({
  imports: [
    AppConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => databaseOptions(config.DATABASE_URL),
    }),
    BullModule.forRootAsync({
      inject: [AppConfig, REDIS],
      // The shared client (closed by QueueModule on shutdown); BullMQ duplicates it for blocking reads.
      useFactory: (config: AppConfig, redis: Redis) => ({
        connection: redis,
        // The braces are a Redis Cluster hash tag: all of a deployment's queue keys share one slot.
        prefix: `{${config.REDIS_PREFIX}}`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(
      // A queue's own options replace the shared ones whole, so only queues with exceptions get any.
      ...Object.values(QueueName).map((name) =>
        QUEUE_JOB_OPTIONS[name] ? { name, defaultJobOptions: QUEUE_JOB_OPTIONS[name] } : { name },
      ),
    ),
    QueueModule,
    IdentityModule,
    NotificationsModule,
    PostingsModule,
    ProfilesModule,
    SearchModule,
    MatchingModule,
  ],
  providers: [...processors, OutboxRelay],
})
export class WorkerModule implements OnModuleInit {
  onModuleInit(): void {
    assertEveryJobHandled(processors.flatMap((p) => p.handles));
  }
}
