import { ConflictError } from '#core';
import type { CatalogueStatus } from './catalogue-posting.entity.js';

export type CatalogueAction = 'submit' | 'publish' | 'reject' | 'archive';

/** Who may take each step: the owner (organization or claimed expert), or platform moderation. */
export const CATALOGUE_ACTION_ACTOR: Record<CatalogueAction, 'owner' | 'moderator'> = {
  submit: 'owner',
  publish: 'moderator',
  reject: 'moderator',
  archive: 'owner',
};

/** The catalogue lifecycle, shorter than a demand's: listed until the owner archives it. */
const TRANSITIONS: Record<CatalogueAction, { from: CatalogueStatus[]; to: CatalogueStatus }> = {
  submit: { from: ['draft', 'rejected', 'archived'], to: 'submitted' },
  publish: { from: ['submitted'], to: 'published' },
  reject: { from: ['submitted'], to: 'rejected' },
  archive: { from: ['draft', 'submitted', 'rejected', 'published'], to: 'archived' },
};

export const CATALOGUE_LISTED: CatalogueStatus[] = ['published'];

/** Edits to a published posting go live at once (and are announced); moderation is for first entry. */
export const CATALOGUE_EDITABLE: CatalogueStatus[] = ['draft', 'rejected', 'published'];

export function nextCatalogueStatus(action: CatalogueAction, from: CatalogueStatus): CatalogueStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from))
    throw new ConflictError('invalid-transition', { action, status: from });
  return transition.to;
}
