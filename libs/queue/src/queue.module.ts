import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
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

@Global()
@Module({
  providers: [
    { provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.REDIS_URL) },
    RedisCloser,
    OutboxService,
  ],
  exports: [REDIS, OutboxService],
})
export class QueueModule {}
