import { applyDecorators, HttpCode, Post, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, type ApiOperationOptions } from '@nestjs/swagger';
import { ProblemResponses } from './problem-responses.decorator.js';

/** What a step of a lifecycle can answer: bad input, not signed in, not allowed, not found, not now. */
const TRANSITION_PROBLEMS = [400, 401, 403, 404, 409];

/**
 * A POST that moves something along its lifecycle (accept, cancel, check in…) and answers 200 with it:
 * nothing is created, so not 201. Documents the answer's type and the problems the step can give (by
 * default every one a step can).
 */
export function Transition(
  path: string,
  type: Type,
  operation?: ApiOperationOptions,
  problems: readonly number[] = TRANSITION_PROBLEMS,
) {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    ...(operation ? [ApiOperation(operation)] : []),
    ApiOkResponse({ type }),
    ProblemResponses(...problems),
  );
}

/** What a status step without a body can answer: not signed in, not allowed, not found, not now. */
const STATUS_STEP_PROBLEMS = [401, 403, 404, 409];

/**
 * A Transition of a status (a posting's, a call's…) documented by its answer's description, which says who takes the
 * step and what it does (`'Owner: published → in_progress'`). Only a step taking a body (a reason) adds 400.
 */
export function StatusStep(
  path: string,
  type: Type,
  description: string,
  problems: readonly number[] = STATUS_STEP_PROBLEMS,
) {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    ApiOkResponse({ type, description }),
    ProblemResponses(...problems),
  );
}
