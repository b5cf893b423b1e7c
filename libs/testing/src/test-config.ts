import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '#contexts';
import type { AppConfig } from '#core';

/**
 * Configuration for one test file: its own database, its own Redis key prefix (so BullMQ queues and
 * throttling counters of parallel files never meet), quiet logs, a files folder of its own and the in-process SMTP server.
 */
export function testConfig(overrides: Record<string, string>): AppConfig {
  return loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    WORKER_HEALTH_PORT: '0',
    PUBLIC_URL: 'http://127.0.0.1:3000',
    FILES_DIR: join(tmpdir(), `duijie-files-${randomBytes(4).toString('hex')}`),
    ...overrides,
  });
}
