import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import { OutboxService } from './outbox.service.js';
import { createRedis } from './redis-connection.js';

/** The shared Redis client for counters and health checks (BullMQ opens its own connections). */
export const REDIS = Symbol('REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * Redis for the api and the worker: the shared client, and BullMQ's connection for every queue either
 * registers (the worker all of them, libs the ones they enqueue to directly).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig, REDIS],
      // The shared client (closed by RedisCloser on shutdown); BullMQ duplicates it for blocking reads.
      useFactory: (config: AppConfig, redis: Redis) => ({
        connection: redis,
        // The braces are a Redis Cluster hash tag: all of a deployment's queue keys share one slot.
        prefix: `{${config.REDIS_PREFIX}}`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
  ],
  providers: [
    { provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.REDIS_URL) },
    RedisCloser,
    OutboxService,
  ],
  exports: [REDIS, OutboxService],
})
export class QueueModule {}
