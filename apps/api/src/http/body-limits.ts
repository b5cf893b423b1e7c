import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '#core';
import { BODY_SIZE, type BodySize } from '#http';
import { MAX_JSON_VALUES } from './json-body.js';

/**
 * The small class (most write routes). Its largest legitimate body is under 16 KB even with every
 * character \u-escaped (6 bytes, as Python's json.dumps sends Chinese); 32 KB leaves room.
 */
const SMALL_KB = 32;
/** Values (array items + object members) a small body may hold: our small DTOs hold under fifty. */
const SMALL_VALUES = 200;
const WORKBOOK_BYTES = 10 * 1024 * 1024;

/** Bytes and JSON values a route of each size class accepts; BODY_LIMIT_KB is the ceiling of JSON ones. */
export function bodyLimits(config: AppConfig): Record<BodySize, { bytes: number; values: number }> {
  const ceiling = config.BODY_LIMIT_KB * 1024;
  return {
    small: { bytes: Math.min(SMALL_KB * 1024, ceiling), values: SMALL_VALUES },
    'long-text': { bytes: ceiling, values: MAX_JSON_VALUES },
    workbook: { bytes: WORKBOOK_BYTES, values: MAX_JSON_VALUES },
  };
}

/** The size class a route declared (`@LongTextBody()`, `@WorkbookBody()`), small when it said nothing. */
export function bodySizeOf(config: unknown): BodySize {
  return ((config as Record<string, unknown> | undefined)?.[BODY_SIZE] as BodySize | undefined) ?? 'small';
}

/**
 * Gives every route registered from now on the body limit of its size class, so Fastify refuses a larger
 * body with 413 while it streams in, before any parsing. Must run before Nest registers its routes.
 */
export function limitBodiesByRoute(fastify: FastifyInstance, config: AppConfig): void {
  const limits = bodyLimits(config);
  fastify.addHook('onRoute', (route) => {
    route.bodyLimit ??= limits[bodySizeOf(route.config)].bytes;
  });
}

/** The JSON values limit of the route a request reached. */
export function valuesLimitOf(request: FastifyRequest, config: AppConfig): number {
  return bodyLimits(config)[bodySizeOf(request.routeOptions.config)].values;
}
