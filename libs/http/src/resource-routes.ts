import { applyDecorators, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  type ApiOperationOptions,
} from '@nestjs/swagger';
import { LongTextBody } from './body-size.js';
import { ProblemResponses } from './problem-responses.decorator.js';
import { Public } from './route-access.js';

/** What the answer of a route is: one DTO class, or a list of them (`[Dto]`). */
type Answer = Type | [Type];

interface RouteDocs {
  /** The answer's description in the OpenAPI document. */
  description?: string;
  /** The operation's summary and description, where the route needs more than its answer's. */
  operation?: ApiOperationOptions;
}

const operationDocs = (operation?: ApiOperationOptions) => (operation ? [ApiOperation(operation)] : []);

/**
 * A GET answering 200 with `type`. `public: true` lets signed-out callers in: the service decides what they
 * may see, so a public read that finds nothing they may see is a 404 like one that finds nothing at all.
 */
export function ReadRoute(
  path: string | undefined,
  type: Answer,
  {
    public: isPublic = false,
    problems = [404],
    description,
    operation,
  }: RouteDocs & {
    public?: boolean;
    problems?: readonly number[];
  } = {},
) {
  return applyDecorators(
    Get(path),
    ...(isPublic ? [Public()] : []),
    ...operationDocs(operation),
    ApiOkResponse({ type, description }),
    ProblemResponses(...problems),
  );
}

/** What creating can answer besides the new thing: bad input, not signed in, not allowed, no parent, a clash. */
const CREATE_PROBLEMS = [400, 401, 403, 404, 409];

/**
 * A POST that creates something and answers 201 with it. `longText` raises the body limit for DTOs holding
 * long texts or lists (see `LongTextBody`).
 */
export function CreateRoute(
  path: string | undefined,
  type: Answer,
  {
    problems = CREATE_PROBLEMS,
    longText = false,
    description,
    operation,
  }: RouteDocs & {
    problems?: readonly number[];
    longText?: boolean;
  } = {},
) {
  return applyDecorators(
    Post(path),
    ...(longText ? [LongTextBody()] : []),
    ...operationDocs(operation),
    ApiCreatedResponse({ type, description }),
    ProblemResponses(...problems),
  );
}

/** What an edit can answer besides the edited thing: bad input, not signed in, not allowed, not found. */
const UPDATE_PROBLEMS = [400, 401, 403, 404];

/**
 * A PATCH of one thing, taking the long-text body limit (edits carry the same long fields as creation;
 * `longText: false` for an edit of a short field, such as a member's role) and answering 200 with the
 * thing edited. `body` documents the DTO where the handler takes a plain object (one controller class
 * serving several kinds).
 */
export function UpdateRoute(
  path: string,
  type: Type,
  {
    problems = UPDATE_PROBLEMS,
    longText = true,
    body,
    description,
    operation,
  }: RouteDocs & {
    problems?: readonly number[];
    longText?: boolean;
    body?: Type;
  } = {},
) {
  return applyDecorators(
    Patch(path),
    ...(longText ? [LongTextBody()] : []),
    ...operationDocs(operation),
    ...(body ? [ApiBody({ type: body })] : []),
    ApiOkResponse({ type, description }),
    ProblemResponses(...problems),
  );
}

/** What removing can answer: not signed in, not allowed, not found. */
const DELETE_PROBLEMS = [401, 403, 404];

/**
 * A DELETE answering 204 with no body. `noContent` documents the 204 answer (its description, if any);
 * without it the document lists the problems only.
 */
export function DeleteRoute(
  path: string,
  {
    problems = DELETE_PROBLEMS,
    noContent,
  }: {
    problems?: readonly number[];
    noContent?: { description?: string };
  } = {},
) {
  return applyDecorators(
    Delete(path),
    HttpCode(204),
    ...(noContent ? [ApiNoContentResponse(noContent)] : []),
    ProblemResponses(...problems),
  );
}
