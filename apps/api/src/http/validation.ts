import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { toFieldErrors, ValidationError } from '#core';

/**
 * Unknown top-level fields past which a body is refused before class-transformer and class-validator
 * see it. Each unknown field costs them ~15 µs and one field error (about 0.1 KB of answer); a hostile body
 * of a thousand made those the bulk of its cost (docs/BENCHMARKS.md, body flood). A client that sends a
 * few wrong fields still gets every error of the body at once.
 */
export const MAX_UNKNOWN_FIELDS = 10;

/**
 * The one validation pipe: unknown fields are refused, not silently dropped, so a client that sends
 * `status` or `ownerId` learns at once that it cannot set them.
 */
class FieldValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationError(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    refuseManyUnknownFields(value, metadata.metatype);
    return super.transform(value, metadata);
  }
}

export const validationPipe = () => new FieldValidationPipe();

/** Throws the first MAX_UNKNOWN_FIELDS unknown fields' errors when a body has more than that many. */
function refuseManyUnknownFields(value: unknown, metatype: ArgumentMetadata['metatype']): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !metatype) return;
  const keys = Object.keys(value);
  if (keys.length <= MAX_UNKNOWN_FIELDS) return;
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(metatype, '', true, false)
      .map((rule) => rule.propertyName),
  );
  if (known.size === 0) return; // not a DTO (a primitive or an unvalidated type): nothing to compare with
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length <= MAX_UNKNOWN_FIELDS) return;
  throw new ValidationError(
    unknown.slice(0, MAX_UNKNOWN_FIELDS).map((field) => ({ field, code: 'whitelistValidation' })),
  );
}
