import type { PostingKind } from '#core';
import type { SearchFilters } from '#search';
import { Column, Entity, Index } from 'typeorm';
import { UpdatedRow } from '#database';

/** The facet filters of a saved search; the kind has a column of its own (percolation selects by it). */
export type SubscriptionFilters = Omit<SearchFilters, 'kind'>;

/**
 * A user's saved search: the query text and facet filters of GET /api/v1/search, told about every newly
 * published posting it finds. It belongs to its user alone; `organizationId` records the organization
 * the user acted for when saving it (the one whose webhooks hear of its hits).
 */
@Entity('subscriptions')
@Index('subscriptions_user_created', ['userId', 'createdAt'])
export class Subscription extends UpdatedRow {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** What the user typed, parsed again at each percolation so thesaurus changes apply. */
  @Column({ type: 'varchar', length: 100 })
  query: string;

  /** One posting kind, or null for every kind. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  kind: PostingKind | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  filters: SubscriptionFilters;

  /** Paused subscriptions are kept but never matched. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
