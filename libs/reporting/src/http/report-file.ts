import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

export const REPORT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** What a report download may answer, for the OpenAPI document. */
export const REPORT_FILE_TYPES = Object.values(REPORT_TYPES);

/** Sends a report file as a download named `<name>.<format>` (ASCII) and 信息报送-<name> (UTF-8). */
export function sendReportFile(
  reply: FastifyReply,
  file: Buffer,
  format: keyof typeof REPORT_TYPES,
  name: string,
): StreamableFile {
  void reply
    .header('Content-Type', REPORT_TYPES[format])
    .header(
      'Content-Disposition',
      `attachment; filename="report-${name}.${format}"; filename*=UTF-8''${encodeURIComponent(`信息报送-${name}.${format}`)}`,
    );
  return new StreamableFile(file);
}
