import type { AccessRequest } from '../access/access-request.entity.js';
import type { DeepPartial, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CatalogueKind, FieldError, Language } from '#core';
import type { OrganizationType } from '#identity';
import type { PostingSubjectName } from '../access/abilities.js';
import type { CataloguePosting, Visibility } from './catalogue-posting.entity.js';
import type { Keyset } from './listing.js';

/** What the caller may see of one posting, decided by the catalogue service. */
export interface CatalogueView {
  /** Confidential content withheld: only the teaser and coarse facts show. */
  redacted: boolean;
  canEdit: boolean;
  /** Owner, claimed expert or moderator: contact details and review notes show. */
  full: boolean;
  /** The signed-in caller, if any. */
  viewerId: string | null;
  /** The caller's organization's latest access request, if any. */
  accessRequest: AccessRequest | null;
}

/** The input every kind shares; each kind's create body extends it. */
export interface CatalogueInput {
  visibility?: Visibility;
  teaser?: string;
}

/** The list query every kind shares; each kind's query adds its own filters. */
export interface CatalogueQuery {
  q?: string;
  sort?: 'newest' | 'views';
  mine?: 'true' | 'false';
  limit?: number;
  cursor?: string;
}

/**
 * Everything that makes one kind of catalogue posting different from another; the generic
 * CatalogueService does the rest (ownership, workflow, visibility, audit, outbox, keyset listing).
 * Queries use the alias `p` for the posting and `o` for its organization.
 */
export interface CatalogueKindSpec<
  E extends CataloguePosting,
  Input extends CatalogueInput,
  Dto,
  Summary,
  Query extends CatalogueQuery,
> {
  kind: CatalogueKind;
  subject: PostingSubjectName;
  entity: new () => E;
  /** A profile its claimant reads in full (experts). */
  claimable?: boolean;
  /** The problem code of a missing (or invisible) posting, e.g. `achievement-not-found`. */
  notFound: string;
  /** Many-to-one relations a detail view shows, joined under their own name as alias. */
  relations?: readonly string[];
  /** Organization types that may publish this kind. */
  ownerTypes: readonly OrganizationType[];
  /** Fields an update may leave out but not set to null. */
  required: readonly string[];
  /** Columns searched by `q` for everyone, and those searched only where the posting is not confidential. */
  publicText: readonly string[];
  privateText: readonly string[];
  /** Kind-specific columns from an input (visibility and teaser are handled by the service). */
  columns(input: Partial<Input>): DeepPartial<E>;
  /**
   * The stored posting's kind-specific fields in the shape of an input, so an update can be validated as
   * a whole (visibility and teaser are added by the service).
   */
  asInput(row: E): Omit<Input, keyof CatalogueInput>;
  /** Rules across fields that decorators cannot express. */
  check(input: Partial<Input>): FieldError[];
  /** Rules that need the database (e.g. a referenced row belongs to the owner), inside the write. */
  verify?(manager: EntityManager, input: Partial<Input>, organizationId: string): Promise<FieldError[]>;
  /**
   * Applies the kind's list filters. `full` is a SQL condition true of the rows the caller reads in
   * full (see shownInFull): a filter on a field the redacted view withholds must hold only under it.
   */
  filter(qb: SelectQueryBuilder<E>, query: Query, full: string): void;
  label(row: E): string;
  toSummary(row: E, redacted: boolean, lang: Language): Summary;
  toDto(row: E, view: CatalogueView, lang: Language): Dto;
}

export const CATALOGUE_KEYSETS: Record<'newest' | 'views' | 'updated', Keyset<CataloguePosting>> = {
  newest: { expr: 'p.published_at', dir: 'DESC', read: (p) => p.publishedAt?.toISOString() ?? '' },
  views: { expr: 'p.view_count', dir: 'DESC', read: (p) => p.viewCount },
  updated: { expr: 'p.updated_at', dir: 'DESC', read: (p) => p.updatedAt.toISOString() },
};
