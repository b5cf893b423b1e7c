import type { FastifyInstance } from 'fastify';

/**
 * RFC 8058 one-click unsubscribes POST `List-Unsubscribe=One-Click` as
 * `application/x-www-form-urlencoded` (which Nest's adapter already parses) or as `multipart/form-data`,
 * accepted here as an unread string: no route reads form fields (the token is in the query), the POST
 * only has to get through. A JSON route sent a form still fails validation.
 */
export function acceptMultipartOneClick(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, body),
  );
}
