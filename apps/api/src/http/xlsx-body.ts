import type { FastifyInstance } from 'fastify';
import { XLSX_TYPE } from '#http';

/** Accepts workbook bodies as a Buffer; the import route's `@WorkbookBody()` sets their 10 MB limit. */
export function acceptXlsxBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
