import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { PostingKind } from '#core';
import { POSTING_PROFILE_SOURCES } from '#matching';
import type { PostingRef } from './domain/event-terms.js';

/** A posting as an event shows it: its owner, whether it is open, and its title (a teaser when confidential). */
export interface PostingFacts {
  organizationId: string;
  open: boolean;
  title: string;
}

/**
 * The postings' facts keyed `kind:id`, read through matching's description of each posting kind (the
 * same one matching reads them by), one query per kind; a posting that is gone has none.
 */
export async function postingFacts(
  manager: EntityManager,
  refs: readonly PostingRef[],
): Promise<Map<string, PostingFacts>> {
  const byKind = new Map<PostingKind, Set<string>>();
  for (const ref of refs) byKind.set(ref.kind, (byKind.get(ref.kind) ?? new Set()).add(ref.id));
  const facts = new Map<string, PostingFacts>();
  for (const [kind, ids] of byKind) {
    const source = POSTING_PROFILE_SOURCES[kind];
    const rows = await manager.getRepository(source.entity).findBy({ id: In([...ids]) });
    for (const row of rows)
      facts.set(`${kind}:${row.id}`, {
        organizationId: row.organizationId,
        open: source.openStatuses.includes(row.status),
        title: row.visibility === 'confidential' ? (row.teaser ?? '') : source.title(row),
      });
  }
  return facts;
}

export const postingKey = (ref: PostingRef) => `${ref.kind}:${ref.id}`;
