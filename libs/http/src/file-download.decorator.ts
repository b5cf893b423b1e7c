import { applyDecorators, Get, Header, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { ProblemResponses } from './problem-responses.decorator.js';

/**
 * A GET answering a file made for the caller (an export, a printable agenda) in one of `types`. Never
 * stored by a browser or proxy: it holds what only this caller may see, as of now.
 */
export function FileDownload(
  path: string,
  types: readonly string[],
  { summary, description, problems }: { summary: string; description: string; problems: readonly number[] },
) {
  return applyDecorators(
    Get(path),
    ApiOperation({ summary }),
    ApiProduces(...types),
    Header('Cache-Control', 'no-store'),
    ApiOkResponse({ description }),
    ProblemResponses(...problems),
  );
}

/**
 * What a `FileDownload` route returns: `content` as an attachment of `type`, named `filename` (ASCII, for
 * every client) and, when given, `displayName` (RFC 6266 `filename*`, UTF-8, for the clients that show it).
 * The server sets the headers from it, so the handler needs no reply object.
 */
export function attachment(
  content: Buffer,
  type: string,
  filename: string,
  displayName?: string,
): StreamableFile {
  const utf8 = displayName === undefined ? '' : `; filename*=UTF-8''${encodeURIComponent(displayName)}`;
  return new StreamableFile(content, { type, disposition: `attachment; filename="${filename}"${utf8}` });
}
