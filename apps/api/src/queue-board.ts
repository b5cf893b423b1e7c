import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { ForbiddenError, UnauthorizedError, type AppConfig } from '#core';
import { PrincipalService } from '#identity';
import { QueueName, REDIS } from '#queue';
import { sendProblem, toProblem } from './http/problem-details.filter.js';

/** Where the queue dashboard (bull-board) is served. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The dashboard is a browser page, which cannot send the api's bearer header: the admin's web app
 * trades its access token for this HttpOnly cookie (POST /api/v1/admin/queue-board/session), scoped
 * to the dashboard's path and living as long as that token.
 */
export const QUEUE_BOARD_COOKIE = 'duijie_queue_board';

/**
 * Admits a request to the dashboard when its cookie holds a live access token of a platform admin:
 * the same check as a bearer request, so signing out, a password change or a disabled account end
 * the dashboard session at once too.
 */
async function admitPlatformAdmin(
  principals: PrincipalService,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  try {
    const token = request.server.parseCookie(request.headers.cookie ?? '')[QUEUE_BOARD_COOKIE];
    if (!token) throw new UnauthorizedError('unauthenticated');
    const principal = await principals.authenticate(token);
    if (principal.platformRole !== 'admin') throw new ForbiddenError('forbidden');
  } catch (error) {
    const { problem, headers } = toProblem(error, request);
    sendProblem(reply, problem, headers);
    return reply;
  }
}

/** Mounts bull-board over every queue at QUEUE_BOARD_PATH, for platform admins only. */
export async function mountQueueBoard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const principals = app.get(PrincipalService);
  // The shared client is closed by QueueModule; these queues only read and retry/clean jobs through it.
  const queues = Object.values(QueueName).map(
    (name) => new Queue(name, { connection: app.get<Redis>(REDIS), prefix: `{${config.REDIS_PREFIX}}` }),
  );
  const board = new BoardAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', (request, reply) => admitPlatformAdmin(principals, request, reply));
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((queue) => queue.close()));
  });
}
