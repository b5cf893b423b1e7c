import { Injectable } from '@nestjs/common';
import type { PostingKind } from '#core';
import { prepareDocument, SearchSourceRegistry, type IndexedDocument } from '#search';
import { SubscriptionService } from './subscription.service.js';

/** One saved search found one posting: what its subscriber is told, as they may see it. */
export interface SubscriptionHit {
  subscriptionId: string;
  subscriptionName: string;
  userId: string;
  /** The organization the user acted for when saving the search: its webhooks hear of the hit. */
  organizationId: string | null;
  posting: { kind: PostingKind; id: string; title: string; excerpt: string };
}

/**
 * How long a posting read for hits is reused. One publish fans out to pages of hits about the same
 * posting within seconds; re-reading it for each page would multiply the database work by the audience.
 */
const POSTING_MEMO_MS = 5_000;

/** Reads what a hit job needs, fresh enough: the subscriptions now, the posting as listed moments ago. */
@Injectable()
export class SubscriptionHitService {
  private readonly postings = new Map<string, { at: number; doc: Promise<IndexedDocument | null> }>();

  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly sources: SearchSourceRegistry,
  ) {}

  /**
   * The hits of these subscriptions on the posting, in one read: none for a subscription paused or
   * gone since the percolation, none at all once the posting is no longer listed.
   */
  async hitsOf(
    subscriptionIds: readonly string[],
    kind: PostingKind,
    postingId: string,
  ): Promise<SubscriptionHit[]> {
    const doc = await this.listed(kind, postingId);
    if (!doc) return [];
    const subscriptions = await this.subscriptions.activeAmong(subscriptionIds);
    // prepareDocument has replaced a confidential posting's body with its teaser.
    const posting = { kind, id: postingId, title: doc.title, excerpt: doc.body };
    return subscriptions.map((s) => ({
      subscriptionId: s.id,
      subscriptionName: s.name,
      userId: s.userId,
      organizationId: s.organizationId,
      posting,
    }));
  }

  /** The posting as search lists it (drafts and withdrawn postings are not), redacted like the index. */
  private listed(kind: PostingKind, id: string): Promise<IndexedDocument | null> {
    const key = `${kind}:${id}`;
    const now = Date.now();
    for (const [cached, entry] of this.postings)
      if (now - entry.at > POSTING_MEMO_MS) this.postings.delete(cached);
    const cached = this.postings.get(key);
    if (cached) return cached.doc;
    const source = this.sources.get(kind);
    const doc = source
      ? source.load([id]).then(([found]) => (found ? prepareDocument(found) : null))
      : Promise.resolve(null);
    this.postings.set(key, { at: now, doc });
    // A failed read is not remembered: the retry reads again.
    doc.catch(() => this.postings.delete(key));
    return doc;
  }
}
