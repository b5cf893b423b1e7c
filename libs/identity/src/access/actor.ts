import type { MemberRole } from '../organizations/membership.entity.js';
import type { PlatformRole } from '../users/user.entity.js';

/**
 * Who is asking, built once per request by the api's auth guard and passed to services explicitly.
 * `organizationId` is the organization the request acts for (X-Organization-Id), already checked
 * against the caller's memberships.
 */
export interface Actor {
  userId: string;
  sessionId: string | null;
  platformRole: PlatformRole | null;
  memberships: ReadonlyMap<string, MemberRole>;
  organizationId: string | null;
  ip: string | null;
  /** Set when an organization's API key authenticated the request (not a person's session or token). */
  apiKey?: { id: string; organizationId: string };
}

export const roleIn = (actor: Actor, organizationId: string): MemberRole | undefined =>
  actor.memberships.get(organizationId);

/** An organization's own records (its imports, its settings) are read by its members and platform admins. */
export const readsOrganization = (actor: Actor, organizationId: string): boolean =>
  actor.memberships.has(organizationId) || actor.platformRole === 'admin';
