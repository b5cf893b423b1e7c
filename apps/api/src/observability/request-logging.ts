import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[\w-]{8,64}$/;
const QUIET = /^\/(health\/live|metrics)$/;

/** Takes X-Request-Id when it looks sane (a proxy's id), otherwise a new UUID. */
export const requestId = (request: { headers: Record<string, string | string[] | undefined> }) => {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
};

/**
 * One log line per request: Fastify's completion line already carries the request id, method, path,
 * status and time, so the "incoming request" line is dropped. Probes and scrapes are not logged at all.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: (request) => QUIET.test(request.url.split('?')[0]) });
  }

  override incomingRequest(): void {}
}

/**
 * Echoes the request id so a client can quote it when reporting a problem. Callback style: an async hook
 * costs a promise on every request, measurable on the cheapest routes.
 */
export function echoRequestId(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  void reply.header('x-request-id', request.id);
  done();
}
