import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

/**
 * A controller of the api: its routes under `path`, grouped under `tag` in the OpenAPI document, and signed
 * in with a bearer token (or the session cookie) unless a route says `@Public()`.
 */
export const ApiController = (tag: string, path: string) =>
  applyDecorators(ApiTags(tag), ApiBearerAuth(), Controller(path));
