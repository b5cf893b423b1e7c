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

/**
 * The base of the errors below: a domain error that always answers `status` (the exception filter's
 * problem status), so each kind is one line.
 */
function withStatus<S extends number>(status: S) {
  abstract class StatusError extends DomainError {
    readonly status = status;
  }
  return StatusError;
}

export class ValidationError extends withStatus(400) {
  constructor(fieldErrors: FieldError[], code = 'validation-failed') {
    super(code, {}, fieldErrors);
  }
}

export class UnauthorizedError extends withStatus(401) {}

export class ForbiddenError extends withStatus(403) {}

/** Also used for what exists but the caller may not see: we never confirm another organization's data. */
export class NotFoundError extends withStatus(404) {}

export class ConflictError extends withStatus(409) {}

/** An upload larger than the configured limit. */
export class PayloadTooLargeError extends withStatus(413) {}

export class GoneError extends withStatus(410) {}

export class TooManyRequestsError extends withStatus(429) {
  constructor(
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, { seconds: retryAfterSeconds });
  }
}
