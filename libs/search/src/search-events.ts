import { UnrecoverableError, type Job } from 'bullmq';
import { POSTING_KINDS, type PostingKind } from '#core';
import { EventType } from '#queue';
import type { DocumentKey } from './search-document.js';

/** The outbox events after which a posting's search document may have changed. */
export const SEARCH_EVENTS: readonly EventType[] = [
  EventType.DemandPublished,
  EventType.DemandUpdated,
  EventType.DemandClosed,
  EventType.PostingPublished,
  EventType.PostingUpdated,
  EventType.PostingWithdrawn,
];

const isPostingKind = (value: unknown): value is PostingKind =>
  typeof value === 'string' && (POSTING_KINDS as readonly string[]).includes(value);

/** The posting an event (or the sync job it started) is about; null for a payload of another shape. */
export function searchTargetOf(payload: Record<string, unknown>): DocumentKey | null {
  if (typeof payload.demandId === 'string') return { kind: 'demand', id: payload.demandId };
  if (typeof payload.postingId === 'string' && isPostingKind(payload.kind))
    return { kind: payload.kind, id: payload.postingId };
  return null;
}

/** The posting a job is about; a job that names none fails at once, since no retry would name one. */
export function postingOfJob(payload: object, job: Pick<Job, 'id'>): DocumentKey {
  const target = searchTargetOf(payload as Record<string, unknown>);
  if (!target) throw new UnrecoverableError(`Job ${job.id} names no posting`);
  return target;
}
