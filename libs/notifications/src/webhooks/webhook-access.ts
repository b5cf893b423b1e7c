import { ForbiddenError, NotFoundError, ValidationError } from '#core';
import { roleIn, type Actor } from '#identity';

/**
 * Who may do what with an organization's webhooks: its owners and admins, acting for it, manage them;
 * platform admins may read any. A member who is neither gets 403 for their own organization's; anyone
 * else gets 404, so another organization's webhooks are never confirmed.
 */
export type WebhookAccess = 'read' | 'manage';

const isManager = (actor: Actor, organizationId: string) =>
  actor.organizationId === organizationId && ['owner', 'admin'].includes(roleIn(actor, organizationId) ?? '');

export function assertWebhookAccess(actor: Actor, organizationId: string, access: WebhookAccess): void {
  if (isManager(actor, organizationId)) return;
  if (access === 'read' && actor.platformRole === 'admin') return;
  if (actor.organizationId === organizationId || actor.platformRole === 'admin')
    throw new ForbiddenError('forbidden');
  throw new NotFoundError('webhook-not-found');
}

/** The organization a list or a create is about: the acting one, or any for a platform admin reading. */
export function organizationOf(actor: Actor, requested?: string): string {
  const organizationId = requested ?? actor.organizationId;
  if (!organizationId)
    throw new ValidationError(
      [{ field: 'X-Organization-Id', code: 'isDefined' }],
      'organization-context-required',
    );
  return organizationId;
}
