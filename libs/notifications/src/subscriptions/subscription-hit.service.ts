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
 * How long a posting read for a hit is reused. One publish fans out to thousands of hit jobs about the
 * same posting within seconds; re-reading it for each would multiply the database work by the audience.
 */
const POSTING_MEMO_MS = 5_000;

/** Reads what a hit job needs, fresh enough: the subscription now, the posting as listed moments ago. */
@Injectable()
export class SubscriptionHitService {
  private readonly postings = new Map<string, { at: number; doc: Promise<IndexedDocument | null> }>();

  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly sources: SearchSourceRegistry,
  ) {}

  /** Null when there is nothing to tell: the subscription paused or gone, the posting no longer listed. */
  async hitOf(subscriptionId: string, kind: PostingKind, postingId: string): Promise<SubscriptionHit | null> {
    const subscription = await this.subscriptions.activeOne(subscriptionId);
    if (!subscription) return null;
    const doc = await this.listed(kind, postingId);
    if (!doc) return null;
    return {
      subscriptionId,
      subscriptionName: subscription.name,
      userId: subscription.userId,
      organizationId: subscription.organizationId,
      // prepareDocument has replaced a confidential posting's body with its teaser.
      posting: { kind, id: postingId, title: doc.title, excerpt: doc.body },
    };
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
