import { ValidationPipe, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { ValidationError, type FieldError } from '#core';

/** Flattens class-validator's tree into dotted field paths (`patents.0.number`), one error per constraint. */
export function toFieldErrors(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      params: constraintParams(error, code),
    }));
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

/** The numbers a message needs ("at most {{max}} characters"), read from the constraint's metadata. */
function constraintParams(error: ClassValidatorError, code: string): Record<string, string | number> {
  const args = (error.contexts?.[code] as { args?: unknown[] } | undefined)?.args;
  const message = error.constraints?.[code] ?? '';
  const numbers =
    message.match(/-?\d+(\.\d+)?/g)?.map(Number) ??
    args?.filter((a): a is number => typeof a === 'number') ??
    [];
  if (code === 'minLength' || code === 'min') return { min: numbers[0] ?? '' };
  if (code === 'maxLength' || code === 'max') return { max: numbers[0] ?? '' };
  return {};
}

/**
 * The one validation pipe: unknown fields are refused, not silently dropped, so a client that sends
 * `status` or `ownerId` learns at once that it cannot set them.
 */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError(toFieldErrors(errors)),
  });
