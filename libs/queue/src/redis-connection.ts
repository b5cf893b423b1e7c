import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis client as BullMQ needs it: `maxRetriesPerRequest: null` so blocking commands wait through a
 * restart instead of failing, and reconnect with a capped backoff.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    ...options,
  });
}
