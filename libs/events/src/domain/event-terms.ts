import type { PostingKind } from '#core';

/**
 * The vocabulary of a matchmaking event. Every list here is stored data (columns, outbox payloads,
 * clients' code): never rename a value without a migration.
 */

/** 1:1 对接会, 路演, or both in one event. */
export const EVENT_KINDS = ['one-to-one', 'roadshow', 'both'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** On site at a venue, or online with a meeting link per table (room). */
export const EVENT_FORMATS = ['onsite', 'online'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/**
 * draft → published → registration-closed → running → finished → archived, in this order only; or
 * `cancelled`, from any status before finished (`POST …/{id}/cancel`), which ends it.
 */
export const EVENT_STATUSES = [
  'draft',
  'published',
  'registration-closed',
  'running',
  'finished',
  'archived',
  'cancelled',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Statuses in which nothing about the event changes any more. */
export const ENDED_STATUSES: readonly EventStatus[] = ['finished', 'archived', 'cancelled'];

/** `approval`: the other side accepts or declines; `automatic`: a request is accepted when sent. */
export const REQUEST_MODES = ['approval', 'automatic'] as const;
export type RequestMode = (typeof REQUEST_MODES)[number];

/** `organizer`: the scheduler places accepted meetings; `accepting-side`: whoever accepts picks a slot. */
export const SCHEDULING_MODES = ['organizer', 'accepting-side'] as const;
export type SchedulingMode = (typeof SCHEDULING_MODES)[number];

export const REGISTRATION_STATUSES = ['pending', 'approved', 'refused', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What one side says became of a meeting: held, the other side did not come, to be followed up, a deal. */
export const MEETING_OUTCOMES = ['held', 'no-show', 'follow-up', 'deal'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const CHECK_IN_METHODS = ['qr', 'hand'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** A posting a participant brings: the marketplace's own posting, by kind and id. */
export interface PostingRef {
  kind: PostingKind;
  id: string;
}

/** Who may meet whom: an unordered pair of posting kinds (demand ↔ expert, project ↔ financing-offer). */
export type PairingRule = readonly [PostingKind, PostingKind];

/** A table or room; an online event's room has its meeting link. `id` is stable: meetings keep it. */
export interface EventTable {
  id: string;
  name: string;
  link?: string;
}

/** The order of the lifecycle; a transition goes one step forwards (`next`) and nowhere else. */
export const NEXT_STATUS: Partial<Record<EventStatus, EventStatus>> = {
  draft: 'published',
  published: 'registration-closed',
  'registration-closed': 'running',
  running: 'finished',
  finished: 'archived',
};

/** Whether a request between postings of these two kinds is allowed by the event's rules. */
export function pairAllowed(rules: readonly PairingRule[], a: PostingKind, b: PostingKind): boolean {
  return rules.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Printable agendas for organizers: one page per participant, or one per table. */
export const AGENDA_PDF_GROUPS = ['participant', 'table'] as const;
export type AgendaPdfGroup = (typeof AGENDA_PDF_GROUPS)[number];
