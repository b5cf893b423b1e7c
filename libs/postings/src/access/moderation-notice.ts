import type { EntityManager } from 'typeorm';
import type { PostingKind } from '#core';
import { EventType, type OutboxService } from '#queue';

/**
 * A moderator's decision, announced so the owner is told (published, or rejected with the reason). The
 * decision's time names it: a posting rejected, resubmitted and rejected again is told twice.
 */
export async function moderated(
  outbox: OutboxService,
  manager: EntityManager,
  kind: PostingKind,
  postingId: string,
  action: 'publish' | 'reject',
  reason: string | null,
): Promise<void> {
  await outbox.add(manager, EventType.PostingModerated, {
    kind,
    postingId,
    outcome: action === 'publish' ? 'published' : 'rejected',
    reason: action === 'reject' ? reason : null,
    at: new Date().toISOString(),
  });
}
