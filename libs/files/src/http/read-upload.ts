import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { PayloadTooLargeError, ValidationError } from '#core';
import type { IncomingFile, UploadInput } from '../files.service.js';

export interface UploadLimits {
  maxSizeMb: number;
  maxFiles: number;
}

/**
 * Reads one upload: the `purpose` field and every file part, each whole (the size limit bounds it),
 * under busboy's limits so a request cannot make the server buffer more than maxFiles × maxSizeMb.
 * The plugin's limit errors become problem codes that say which limit was hit.
 */
export async function readUpload(request: FastifyRequest, limits: UploadLimits): Promise<UploadInput> {
  if (!request.isMultipart())
    throw new ValidationError([{ field: 'file', code: 'isDefined' }], 'multipart-expected');
  const files: IncomingFile[] = [];
  let purpose: string | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: limits.maxSizeMb * 1024 * 1024, files: limits.maxFiles, fields: 5, fieldSize: 200 },
    })) {
      if (part.type === 'file') files.push({ filename: part.filename, content: await part.toBuffer() });
      else if (part.fieldname === 'purpose' && typeof part.value === 'string') purpose = part.value;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new PayloadTooLargeError('file-too-large', { mb: limits.maxSizeMb });
    if (code === 'FST_FILES_LIMIT')
      throw new ValidationError(
        [{ field: 'file', code: 'too-many-files', params: { max: limits.maxFiles } }],
        'too-many-files',
      );
    throw error;
  }
  return { purpose, files };
}
