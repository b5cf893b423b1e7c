import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { configSlices, contexts } from '#contexts';
import { AppConfigModule } from '#core';
import { DatabaseModule } from '../../../migrations/data-source.js';
import { HealthController } from './controllers/health.controller.js';
import { QueueBoardController } from './controllers/queue-board.controller.js';
import { AuthGuard } from './http/auth.guard.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { MetricsController, MetricsRegistry } from './observability/metrics.js';

/**
 * The api: every context's module and controllers, plus the controllers that belong to the running
 * process rather than to a context (health, metrics, the queue board, which shows every context's queues).
 */
@Module({
  imports: [
    AppConfigModule.forRoot(configSlices),
    DatabaseModule,
    TerminusModule,
    ...contexts.map((context) => context.module),
  ],
  controllers: [
    ...contexts.flatMap((context) => context.controllers ?? []),
    QueueBoardController,
    HealthController,
    MetricsController,
  ],
  providers: [
    MetricsRegistry,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
