import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';

/** The Fastify route config flag of routes that read `multipart/form-data` uploads themselves. */
export const MULTIPART_UPLOAD = 'duijie:multipart-upload';

/**
 * Marks a route that streams a multipart upload (`request.parts()` of @fastify/multipart) and documents it
 * as consuming `multipart/form-data`. Every other route that is sent a multipart body gets it as a short
 * unread string (apps/api/src/http/multipart-body.ts), as before uploads existed.
 */
export const MultipartUpload = () =>
  applyDecorators(RouteConfig({ [MULTIPART_UPLOAD]: true }), ApiConsumes('multipart/form-data'));
