import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PayloadTooLargeError } from '#core';
import { MULTIPART_UPLOAD } from '#http';

const ONE_CLICK_LIMIT = 1024;

/**
 * `multipart/form-data` for the two kinds of route that receive it. Upload routes (marked
 * `@MultipartUpload()`) stream their parts through @fastify/multipart under the files limits. Every other
 * route gets the body as an unread string of at most 1 KB: RFC 8058 one-click unsubscribes POST
 * `List-Unsubscribe=One-Click` as multipart, no route reads form fields (the token is in the query), the
 * POST only has to get through, and a JSON route sent a form still fails validation.
 */
export async function acceptMultipart(app: NestFastifyApplication, fastify: FastifyInstance): Promise<void> {
  // The plugin's parser only marks the request; nothing is read until a route asks for its parts.
  await app.register(fastifyMultipart);
  fastify.addHook('preValidation', async (request: FastifyRequest) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (!request.isMultipart() || config?.[MULTIPART_UPLOAD]) return;
    request.body = await readSmallBody(request);
  });
}

async function readSmallBody(request: FastifyRequest): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw) {
    size += (chunk as Buffer).length;
    if (size > ONE_CLICK_LIMIT) throw new PayloadTooLargeError('body-too-large', { kb: 1 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
