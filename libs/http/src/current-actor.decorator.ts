import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthorizedError } from '#core';
import type { Actor } from '#identity';
import type { AuthenticatedRequest } from './route-access.js';

/** The authenticated Actor of the request (the AuthGuard has built it). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new UnauthorizedError('unauthenticated');
  return actor;
});

/** The Actor when the caller signed in, null for anonymous callers of public routes. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().actor ?? null,
);
