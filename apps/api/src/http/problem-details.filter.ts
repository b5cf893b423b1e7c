import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  fieldMessage,
  negotiateLanguage,
  translate,
  TooManyRequestsError,
  type FieldError,
  type Language,
} from '#core';

/** RFC 9457 problem details; `errors` lists field problems, each with a stable code and a message. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: { field: string; code: string; message: string }[];
}

const TYPE_BASE = 'https://duijie.example/problems/';

/** Fastify's own errors (body parsing, size), by their `code`. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_BAD_URL: 'bad-url',
  FST_ERR_MAX_PARAM_LENGTH: 'uri-too-long',
  DJ_ERR_JSON_TOO_COMPLEX: 'json-too-complex',
};

const STATUS_CODES: Partial<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'route-not-found',
  408: 'request-timeout',
  413: 'body-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  431: 'headers-too-large',
};

/** Turns any thrown value into problem+json in the caller's language. Unknown errors are a 500 and logged. */
export function toProblem(
  exception: unknown,
  request: FastifyRequest,
): { problem: ProblemDetails; headers: Record<string, string> } {
  const lang = negotiateLanguage(request.headers['accept-language']);
  let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
  let code = 'internal-error';
  let params: Record<string, string | number> = {};
  let fieldErrors: FieldError[] = [];
  const headers: Record<string, string> = {};

  if (exception instanceof DomainError) {
    ({ status, code, params, fieldErrors } = exception);
    if (exception instanceof TooManyRequestsError)
      headers['retry-after'] = String(exception.retryAfterSeconds);
  } else if (exception instanceof HttpException) {
    // Nest wraps Fastify's own errors (body parsing, size) in an HttpException whose cause has the code.
    const fastifyCode = (exception.cause as { code?: string } | undefined)?.code;
    status = exception.getStatus();
    code =
      (fastifyCode && FASTIFY_CODES[fastifyCode]) ??
      STATUS_CODES[status] ??
      (status >= 500 ? 'internal-error' : 'bad-request');
    if (status === 429) params = { seconds: 60 };
  } else if (typeof exception === 'object' && exception !== null && 'statusCode' in exception) {
    const fastify = exception as { statusCode: number; code?: string };
    status = fastify.statusCode;
    code =
      (fastify.code && FASTIFY_CODES[fastify.code]) ??
      STATUS_CODES[status] ??
      (status >= 500 ? 'internal-error' : 'bad-request');
  }
  // The limit differs by route (JSON, workbooks), and the router knows which one applied.
  if (code === 'body-too-large') params = { kb: Math.round((request.routeOptions?.bodyLimit ?? 0) / 1024) };
  const problem = problemOf(status, code, lang, (request.url ?? '').split('?')[0]!, params);
  if (fieldErrors.length > 0) {
    problem.errors = fieldErrors.map((e) => ({
      field: e.field,
      code: e.code,
      message: fieldMessage(lang, e),
    }));
  }
  return { problem, headers };
}

/** The problem for one status and code, in `lang`; also for errors that arrive before any request exists. */
export function problemOf(
  status: number,
  code: string,
  lang: Language,
  instance: string,
  params: Record<string, string | number> = {},
): ProblemDetails {
  return {
    type: `${TYPE_BASE}${code}`,
    title: translate('en', 'problem', code, params, 'bad-request'),
    status,
    detail: translate(lang, 'problem', code, params, 'bad-request'),
    instance,
  };
}

export function sendProblem(
  reply: FastifyReply,
  problem: ProblemDetails,
  headers: Record<string, string> = {},
) {
  void reply
    .status(problem.status)
    .headers({
      ...headers,
      'content-type': 'application/problem+json; charset=utf-8',
      // Errors Fastify answers before routing skip the hooks that add the other security headers.
      'x-content-type-options': 'nosniff',
    })
    .send(JSON.stringify(problem));
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const { problem, headers } = toProblem(exception, request);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    sendProblem(http.getResponse<FastifyReply>(), problem, headers);
  }
}
