import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { problemOf, sendProblem, toProblem } from './problem-details.filter.js';

/**
 * Errors Fastify meets while routing, before Nest and its exception filter see the request: a path
 * that does not decode (`/api/v1/demands/%ED%A0%80`) and a path parameter over the router's limit.
 */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, toProblem(error, request).problem);
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers-too-large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request-timeout'],
};

/**
 * Errors Node's HTTP parser meets before there is a request at all (headers over 16 KB, a request that
 * does not parse, a timeout): written straight to the socket as Fastify's default handler does, but as
 * problem+json. There are no parsed headers, so no Accept-Language either: the answer is in Chinese.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'bad-request'];
  const body = JSON.stringify(problemOf(status, code, 'zh-CN', ''));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
