import { ForbiddenError, NotFoundError } from '#core';
import type { Actor } from '#identity';
import type { EntityManager } from 'typeorm';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';

/** Whether the caller acts for the event's organizer or one of its co-organizers. */
export function manages(actor: Actor | null, event: MatchmakingEvent): boolean {
  const acting = actor?.organizationId;
  if (!acting || !actor.memberships.has(acting)) return false;
  return event.organizerOrganizationId === acting || event.coOrganizerIds.includes(acting);
}

/**
 * The event as the caller may see it: a draft exists only for those who manage it (404 for anyone
 * else, so a draft's existence is not confirmed). `lock` takes the row lock for a change.
 */
export async function findEvent(
  manager: EntityManager,
  actor: Actor | null,
  id: string,
  lock = false,
): Promise<MatchmakingEvent> {
  const event = await manager.findOne(MatchmakingEvent, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!event || (event.status === 'draft' && !manages(actor, event)))
    throw new NotFoundError('event-not-found');
  return event;
}

/** The event, for one who manages it; everyone else is refused (403 once they can see it exists). */
export async function managedEvent(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<MatchmakingEvent> {
  const event = await findEvent(manager, actor, id, lock);
  if (!manages(actor, event)) throw new ForbiddenError('event-organizers-only');
  return event;
}

/** The caller's approved registration for the event, or a 403 saying it has none. */
export async function ownRegistration(
  manager: EntityManager,
  actor: Actor,
  eventId: string,
): Promise<EventRegistration> {
  const acting = actor.organizationId;
  const registration = acting
    ? await manager.findOneBy(EventRegistration, { eventId, organizationId: acting, status: 'approved' })
    : null;
  if (!registration) throw new ForbiddenError('not-a-participant');
  return registration;
}
