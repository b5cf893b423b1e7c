import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '#core';

/**
 * Configuration for one test file: its own database, its own Redis key prefix (so BullMQ queues and
 * throttling counters of parallel files never meet), quiet logs and the in-process SMTP server.
 */
export function testConfig(overrides: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    WORKER_HEALTH_PORT: '0',
    PUBLIC_URL: 'http://127.0.0.1:3000',
    ...overrides,
  });
}
