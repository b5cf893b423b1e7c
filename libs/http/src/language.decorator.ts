import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { negotiateLanguage, type Language } from '#core';

/** The response language negotiated from Accept-Language (zh-CN unless the client prefers English). */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  negotiateLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
