import { applyDecorators, Get, Header } from '@nestjs/common';
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
