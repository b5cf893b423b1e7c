import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppConfig, createPino, PinoNestLogger } from '#core';
import { AppModule } from './app.module.js';
import { limitBodiesByRoute, valuesLimitOf } from './http/body-limits.js';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.js';
import { shapedJsonParser } from './http/json-body.js';
import { sendProblem, toProblem } from './http/problem-details.filter.js';
import { securityHeaders } from './http/security-headers.js';
import { acceptMultipart } from './http/one-click-body.js';
import { validationPipe } from './http/validation.js';
import { acceptXlsxBodies } from './http/xlsx-body.js';
import { echoRequestId, RequestLogController, requestId } from './observability/request-logging.js';
import { serveOpenApi } from './openapi.js';
import { mountQueueBoard } from './queue-board.js';

export const fastifyAdapter = (config: AppConfig) =>
  new FastifyAdapter({
    // The ceiling; each route gets the limit of its size class below it (http/body-limits.ts).
    bodyLimit: config.BODY_LIMIT_KB * 1024,
    trustProxy: 'loopback',
    loggerInstance: createPino(config.LOG_LEVEL),
    logController: new RequestLogController(),
    genReqId: requestId,
    frameworkErrors,
    clientErrorHandler,
  });

/** Where the built web app is; the api serves it with an index.html fallback for client-side routes. */
const WEB_ROOT = resolve(process.env.WEB_ROOT ?? 'dist/web');

/**
 * Everything main() and the tests share: the Nest app on Fastify with validation, problem+json errors,
 * cookies, OpenAPI, the queue dashboard and the web app. `moduleRef` lets tests pass a module with overridden providers.
 */
export async function createApp(
  config: AppConfig,
  moduleRef?: TestingModule,
): Promise<NestFastifyApplication> {
  const adapter = fastifyAdapter(config);
  const app = moduleRef
    ? (moduleRef.createNestApplication(adapter, { bufferLogs: true }) as NestFastifyApplication)
    : await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  app.useLogger(new PinoNestLogger(adapter.getInstance().log as never));
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  // Cookies are parsed only where they are read (the auth routes), not on every request.
  await app.register(fastifyCookie, { hook: false });
  serveOpenApi(app);
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', echoRequestId);
  await app.register(fastifyHelmet, securityHeaders(config));
  limitBodiesByRoute(fastify, config);
  app.useBodyParser(
    'application/json',
    { bodyLimit: config.BODY_LIMIT_KB * 1024 },
    shapedJsonParser(fastify, (request) => valuesLimitOf(request, config)),
  );
  acceptXlsxBodies(fastify);
  await acceptMultipart(app, fastify);
  await mountQueueBoard(app, config);
  if (existsSync(WEB_ROOT)) await serveWeb(app, fastify);
  return app;
}

/**
 * Static files of the web app, and index.html for its client-side routes (/organization/members…).
 * Fastify prefers every real route over the wildcard, so only unknown paths reach it; unknown API paths
 * still get a problem+json 404.
 */
async function serveWeb(app: NestFastifyApplication, fastify: FastifyInstance) {
  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: '/', wildcard: false, index: ['index.html'] });
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (/^\/(api|health|metrics)(\/|$)/.test(request.url)) {
      const { problem } = toProblem({ statusCode: 404 }, request);
      return sendProblem(reply, problem);
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
