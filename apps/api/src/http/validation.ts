import { ValidationPipe } from '@nestjs/common';
import { toFieldErrors, ValidationError } from '#core';

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
