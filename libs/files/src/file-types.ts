import { fileTypeFromBuffer } from 'file-type';
import { basename, extname } from 'node:path';

/**
 * What may be uploaded, by the type sniffed from the first bytes (file-type), never by the name or the
 * client's Content-Type: PDF, Office documents (OOXML, OpenDocument) and images. Legacy Office files
 * (.doc/.xls) are Compound File containers, which is also what Windows installers (.msi) are, so they
 * are refused: save them as .docx/.xlsx.
 */
const ACCEPTED = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
  ['image/tiff', 'tif'],
]);

export const ACCEPTED_EXTENSIONS = [...new Set(ACCEPTED.values())];

export interface SniffedType {
  contentType: string;
  extension: string;
}

/** The accepted type of `content`, or null for anything else (executables, archives, scripts, text). */
export async function sniffAcceptedType(content: Buffer): Promise<SniffedType | null> {
  const found = await fileTypeFromBuffer(content);
  const extension = found && ACCEPTED.get(found.mime);
  return extension ? { contentType: found.mime, extension } : null;
}

const UNSAFE = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;
const MAX_NAME = 120;

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, control or format
 * characters (a right-to-left override can disguise `exe.pdf` as `fdp.exe`), no characters Windows
 * refuses, no leading dots, at most 120 characters, and ending in the sniffed type's extension, so
 * what a downloader's system opens it with matches what it is.
 */
export function sanitizeFileName(original: string, extension: string): string {
  const leaf = basename(original.replaceAll('\\', '/')).normalize('NFC');
  const cleaned = leaf
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const stem = cleaned.slice(0, cleaned.length - extname(cleaned).length) || 'file';
  const own = extname(cleaned).slice(1).toLowerCase();
  const sameType =
    own === extension || (extension === 'jpg' && own === 'jpeg') || (extension === 'tif' && own === 'tiff');
  const withExtension = sameType ? cleaned : `${stem}.${extension}`;
  if (withExtension.length <= MAX_NAME) return withExtension;
  const tail = extname(withExtension);
  return withExtension.slice(0, MAX_NAME - tail.length) + tail;
}
