import type { StreamableFile } from '@nestjs/common';
import { attachment } from '#http';

export const REPORT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** What a report download may answer, for the OpenAPI document. */
export const REPORT_FILE_TYPES = Object.values(REPORT_TYPES);

/** A report file as a download named `report-<name>.<format>` (ASCII) and 信息报送-<name> (UTF-8). */
export function reportFile(file: Buffer, format: keyof typeof REPORT_TYPES, name: string): StreamableFile {
  return attachment(file, REPORT_TYPES[format], `report-${name}.${format}`, `信息报送-${name}.${format}`);
}
