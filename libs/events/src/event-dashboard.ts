import type { OrganizationSummary } from '#identity';
import type { MeetingOutcome } from './domain/event-terms.js';

/** How many of `items` fall under each key. */
function tally<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}

/** A county's or city's code as its city's (`320102` → `320100`); a province's stays itself. */
const cityOf = (regionCode: string) => `${regionCode.slice(0, 4)}00`;

/**
 * The organizers' breakdown of who registered: by organization type (enterprise, university, …) and by
 * city, every registration counted once whatever its status, so each breakdown sums to `registrations`.
 */
export function registrationBreakdowns(
  organizationIds: readonly string[],
  organizations: ReadonlyMap<string, OrganizationSummary>,
): { byOrganizationType: Record<string, number>; byRegion: Record<string, number> } {
  const known = organizationIds.map((id) => organizations.get(id)).filter((o) => o !== undefined);
  return {
    byOrganizationType: tally(known, (o) => o.type),
    byRegion: tally(known, (o) => cityOf(o.regionCode)),
  };
}

/** Accepted requests among the answered ones (accepted, declined or expired); null before any answer. */
export function acceptanceRate(requests: Readonly<Record<string, number>>): number | null {
  const accepted = requests['accepted'] ?? 0;
  const answered = accepted + (requests['declined'] ?? 0) + (requests['expired'] ?? 0);
  return answered === 0 ? null : Math.round((accepted / answered) * 1000) / 1000;
}

/**
 * Meetings held and no-shows from the sides' outcomes: a meeting either side reports as held, followed
 * up or ending in a deal was held; one reported only as a no-show was not.
 */
export function meetingAttendance(outcomes: readonly { meetingId: string; outcome: MeetingOutcome }[]): {
  meetingsHeld: number;
  meetingsNoShow: number;
} {
  const held = new Set(outcomes.filter((o) => o.outcome !== 'no-show').map((o) => o.meetingId));
  const noShow = new Set(outcomes.filter((o) => !held.has(o.meetingId)).map((o) => o.meetingId));
  return { meetingsHeld: held.size, meetingsNoShow: noShow.size };
}
