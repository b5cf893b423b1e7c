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

/** The numbers a message needs ("at most {{max}} characters"), read from class-validator's own message. */
function constraintParams(error: ClassValidatorError, code: string): Record<string, string | number> {
  const message = error.constraints?.[code] ?? '';
  const numbers = message.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  if (code === 'minLength' || code === 'min' || code === 'arrayMinSize') return { min: numbers[0] ?? '' };
  if (code === 'maxLength' || code === 'max' || code === 'arrayMaxSize') return { max: numbers[0] ?? '' };
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
