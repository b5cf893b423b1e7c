import { Column } from 'typeorm';
import { AuthoredRow, OrganizationKey } from '#database';
import { VISIBILITIES, type Visibility } from '../demands/demand.entity.js';

/** Stored data: never rename a value without a migration. */
export const CATALOGUE_STATUSES = ['draft', 'submitted', 'rejected', 'published', 'archived'] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

export { VISIBILITIES, type Visibility };

/**
 * What every catalogue posting (expert profile, achievement, project, financing offer) shares: an owning
 * organization, a moderated lifecycle, a visibility and a teaser for confidential listings (the display
 * name is the kind's own: an expert's name, an achievement's title). Each kind is
 * its own table with these columns plus its own; the generic service and listing rules work on these.
 */
export abstract class CataloguePosting extends AuthoredRow {
  /** Indexed per table, with updated_at, for the owner's list (see the kinds' migrations). */
  @OrganizationKey()
  organizationId: string;

  /** The owner's name, set from identity's directory by the service that shows the row: not a column. */
  organizationName?: string;

  @Column({ type: 'varchar', length: 20 })
  visibility: Visibility;

  /** What a confidential posting shows to those outside the owning organization. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  teaser: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: CatalogueStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
