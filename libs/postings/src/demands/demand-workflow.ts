import { ConflictError } from '#core';
import type { DemandStatus } from './demand.entity.js';

export type DemandAction = 'submit' | 'publish' | 'reject' | 'start' | 'solve' | 'close' | 'expire';

/** Who may take each step: the owning organization, or platform moderation. */
export const ACTION_ACTOR: Record<DemandAction, 'owner' | 'moderator' | 'system'> = {
  submit: 'owner',
  publish: 'moderator',
  reject: 'moderator',
  start: 'owner',
  solve: 'owner',
  close: 'owner',
  expire: 'system',
};

/** The demand lifecycle: every allowed move, and nothing else. */
const TRANSITIONS: Record<DemandAction, { from: DemandStatus[]; to: DemandStatus }> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  publish: { from: ['submitted'], to: 'published' },
  reject: { from: ['submitted'], to: 'rejected' },
  start: { from: ['published'], to: 'in_progress' },
  solve: { from: ['published', 'in_progress'], to: 'solved' },
  close: { from: ['draft', 'submitted', 'rejected', 'published', 'in_progress'], to: 'closed' },
  expire: { from: ['published', 'in_progress'], to: 'expired' },
};

/** Statuses others can see: what has passed moderation and is not withdrawn. */
export const LISTED_STATUSES: DemandStatus[] = ['published', 'in_progress', 'solved'];

/** Statuses the owner can still edit in. */
export const EDITABLE_STATUSES: DemandStatus[] = ['draft', 'rejected', 'published', 'in_progress'];

export function nextStatus(action: DemandAction, from: DemandStatus): DemandStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from))
    throw new ConflictError('invalid-transition', { action, status: from });
  return transition.to;
}
