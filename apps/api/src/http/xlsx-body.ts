import type { FastifyInstance } from 'fastify';
import { XLSX_TYPE } from '#http';

const XLSX_LIMIT = 10 * 1024 * 1024;

/** Accepts workbook bodies as a Buffer, up to a limit of their own above the JSON one. */
export function acceptXlsxBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    XLSX_TYPE,
    { parseAs: 'buffer', bodyLimit: XLSX_LIMIT },
    (_request, body, done) => done(null, body),
  );
}
