import { EventType, JobName } from './queue-names.js';

/**
 * The jobs a context starts when an event is written (`BoundedContext.routes`): each context routes
 * events to its own jobs only, so a new consumer of an event is one line in its own descriptor.
 */
export type EventRoutes = Readonly<Partial<Record<EventType, readonly JobName[]>>>;

/** Every event's jobs, assembled from the contexts: what the outbox relay starts for each event. */
export type OutboxRoutes = Readonly<Record<EventType, readonly JobName[]>>;

/** The Nest token of the assembled OutboxRoutes, provided where the relay runs. */
export const OUTBOX_ROUTES = Symbol('OUTBOX_ROUTES');

const jobOrder: readonly string[] = Object.values(JobName);
const eventTypes: readonly string[] = Object.values(EventType);

/**
 * Joins the contexts' routes. Each event's jobs come in the registry's order (JobName), whatever the
 * order of the contexts: the relay records them in `outbox_events.pending_jobs`. An event nobody consumes
 * yet gets no jobs: it is still written and marked dispatched, and consumers added later rebuild from
 * PostgreSQL, not from old events. A route naming an unknown event or job, or routing one twice, throws.
 */
export function assembleEventRoutes(
  contexts: readonly { name: string; routes?: Readonly<Partial<Record<string, readonly string[]>>> }[],
): OutboxRoutes {
  const routes = new Map<string, JobName[]>(eventTypes.map((type) => [type, []]));
  for (const context of contexts) {
    for (const [event, jobs = []] of Object.entries(context.routes ?? {})) {
      const routed = routes.get(event);
      if (!routed) throw new Error(`Context ${context.name} routes an unknown event: ${event}`);
      for (const job of jobs) {
        if (!jobOrder.includes(job))
          throw new Error(`Context ${context.name} routes ${event} to an unknown job: ${job}`);
        if (routed.includes(job as JobName)) throw new Error(`Event ${event} is routed to ${job} twice`);
        routed.push(job as JobName);
      }
    }
  }
  for (const jobs of routes.values()) jobs.sort((a, b) => jobOrder.indexOf(a) - jobOrder.indexOf(b));
  return Object.fromEntries(routes) as Record<EventType, JobName[]>;
}
