import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOW_UNVERIFIED, PUBLIC, type AuthenticatedRequest } from '#http';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#core';
import { PrincipalService } from '#identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Authenticates every request (access token, personal access token or an organization's API key, as a
 * bearer credential or X-Api-Key) and builds the Actor. The
 * X-Organization-Id header chooses the organization the request acts for; naming one the caller does
 * not belong to is answered as if it did not exist.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
  ) {}

  /** Synchronous for anonymous calls to public routes (health probes, sign-in): no promise to await. */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (header) return this.authenticate(request, header, context);
    // Integrations may send their API key as X-Api-Key, as many HTTP clients make easy.
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey !== '')
      return this.authenticate(request, `Bearer ${apiKey}`, context);
    if (this.marked(PUBLIC, context)) return true;
    throw new UnauthorizedError('unauthenticated');
  }

  private async authenticate(
    request: AuthenticatedRequest,
    header: string,
    context: ExecutionContext,
  ): Promise<boolean> {
    const [scheme, credential] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !credential) throw new UnauthorizedError('invalid-token');
    const principal = await this.principals.authenticate(credential);
    if (!principal.emailVerified && !this.marked(ALLOW_UNVERIFIED, context)) {
      // A public page (the 难题榜) still answers, as to a visitor who is not signed in.
      if (this.marked(PUBLIC, context)) return true;
      throw new ForbiddenError('email-not-verified');
    }
    const organizationHeader = request.headers['x-organization-id'];
    // An API key acts for its own organization, without the header.
    const organizationId =
      typeof organizationHeader === 'string' && organizationHeader !== ''
        ? organizationHeader
        : (principal.apiKey?.organizationId ?? null);
    if (organizationId && (!UUID.test(organizationId) || !principal.memberships.has(organizationId))) {
      throw new NotFoundError('organization-not-found');
    }
    request.actor = { ...principal, organizationId, ip: request.ip };
    return true;
  }

  private marked(key: string, context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]) === true
    );
  }
}
