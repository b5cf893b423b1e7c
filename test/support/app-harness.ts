import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createServer, type AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import {
  createTestDatabase,
  startSmtpMailbox,
  testConfig,
  type SmtpMailbox,
  type TestDatabase,
} from '#testing';
import { AppModule } from '../../apps/api/src/app.module.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

export interface TestApp {
  baseUrl: string;
  config: AppConfig;
  mailbox: SmtpMailbox;
  dataSource: DataSource;
  database: TestDatabase;
  api: NestFastifyApplication;
  worker?: TestingModule;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run the worker (outbox relay, email) in this process too. Default true. */
  worker?: boolean;
  env?: Record<string, string>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The real api (and by default the real worker) over real PostgreSQL, Redis and SMTP, on a free port,
 * with a database of its own. PUBLIC_URL is the api's own address, so emailed links work in a browser.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const mailbox = await startSmtpMailbox();
  const port = await freePort();
  const config = testConfig({
    DATABASE_URL: database.url,
    SMTP_URL: mailbox.url,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...options.env,
  });
  const apiModule = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const api = await createApp(config, apiModule);
  await api.listen({ port, host: '127.0.0.1' });
  let worker: TestingModule | undefined;
  if (options.worker !== false) {
    worker = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    worker.enableShutdownHooks();
    await worker.init();
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    mailbox,
    database,
    api,
    worker,
    dataSource: api.get<DataSource>(getDataSourceToken()),
    async close() {
      await worker?.close();
      await api.close();
      await mailbox.close();
      await database.drop();
    },
  };
}
