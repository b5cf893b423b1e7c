import { RouteConfig } from '@nestjs/platform-fastify';

/** The Fastify route config key naming a route's body size class (apps/api/src/http/body-limits.ts). */
export const BODY_SIZE = 'duijie:body-size';

/**
 * How large a body a route takes. Most write routes take a few fields of up to a few hundred characters
 * and get the small limit without saying so; routes whose largest legitimate body is long texts or long
 * lists say `@LongTextBody()`, and the workbook import `@WorkbookBody()`. A smaller limit is what keeps
 * a flood of hostile bodies from holding the event loop (issue 14, docs/SECURITY.md).
 */
export type BodySize = 'small' | 'long-text' | 'workbook';

/** Up to BODY_LIMIT_KB: a route whose DTO holds texts of thousands of characters or lists of hundreds. */
export const LongTextBody = () => RouteConfig({ [BODY_SIZE]: 'long-text' satisfies BodySize });

/** The Excel import: a workbook of up to 10 MB. */
export const WorkbookBody = () => RouteConfig({ [BODY_SIZE]: 'workbook' satisfies BodySize });
