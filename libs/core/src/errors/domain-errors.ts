/**
 * Errors that libs throw. They know nothing of HTTP: the api's exception filter maps each to an
 * RFC 9457 problem, and worker code can catch them without importing Nest's HTTP exceptions.
 * `code` is a stable message key (see i18n/messages.ts) and becomes the problem `type`.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;

  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** One invalid input field: `field` is a dotted path into the request body or query. */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export class ValidationError extends DomainError {
  readonly status = 400;

  constructor(fieldErrors: FieldError[], code = 'validation-failed') {
    super(code, {}, fieldErrors);
  }
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
}

/** Also used for what exists but the caller may not see: we never confirm another organization's data. */
export class NotFoundError extends DomainError {
  readonly status = 404;
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

/** An upload larger than the configured limit. */
export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
}

export class GoneError extends DomainError {
  readonly status = 410;
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;

  constructor(
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, { seconds: retryAfterSeconds });
  }
}
