import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { loadAppConfig } from '#contexts';
import { AppConfig, ConfigError, createPino, PinoNestLogger } from '#core';
import { claimQueues, createRedis, REDIS } from '#queue';
import { startHealthServer } from './health-server.js';
import { WorkerModule } from './worker.module.js';
import { WorkerWatchdog } from './worker-watchdog.js';

/** The worker process: queue processors and the outbox relay, with no HTTP api of its own. */
async function main() {
  await claimQueuesFor(loadAppConfig());
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const config = app.get(AppConfig);
  app.useLogger(new PinoNestLogger(createPino(config.LOG_LEVEL)));
  app.enableShutdownHooks();
  const health = await startHealthServer(
    config.WORKER_HEALTH_PORT,
    config.HOST,
    app.get<DataSource>(getDataSourceToken()),
    app.get<Redis>(REDIS),
    app.get(WorkerWatchdog),
  );
  process.once('SIGTERM', () => health.close());
  process.once('SIGINT', () => health.close());
}

/** Before the workers start: queues left by another database are emptied (see claimQueues). */
async function claimQueuesFor(config: AppConfig): Promise<void> {
  const redis = createRedis(config.REDIS_URL);
  try {
    if ((await claimQueues(config.DATABASE_URL, redis, config.REDIS_PREFIX)) === 'emptied')
      console.log(`Redis prefix ${config.REDIS_PREFIX} claimed for this database; what it held was emptied`);
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
