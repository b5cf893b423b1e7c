import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { AuthoredRow, OrganizationKey } from '#database';

/** Stored data: never rename a value without a migration. */
export const DEMAND_CATEGORIES = ['common', 'chokepoint', 'shortboard', 'efficiency'] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

export const DEMAND_STATUSES = [
  'draft',
  'submitted',
  'rejected',
  'published',
  'in_progress',
  'solved',
  'closed',
  'expired',
] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const VISIBILITIES = ['public', 'registered', 'confidential'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const COOPERATION_MODES = [
  'development',
  'transfer',
  'licensing',
  'consulting',
  'service',
  'talent',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

export interface DemandContact {
  name: string;
  phone?: string;
  email?: string;
}

export interface AttachmentMeta {
  name: string;
  sizeBytes: number;
  mimeType: string;
}

/** An enterprise's technical problem (技术需求 / 难题), the heart of the 创新技术难题榜. */
@Entity('demands')
@Index('demands_board', ['status', 'publishedAt'])
// The open change feed's keyset (OpenFeedService).
@Index('demands_feed', ['updatedAt', 'id'])
// Keyset orders of the 难题榜 and "my demands"; DESC and expression indexes live in the migration.
@Index('demands_listed_newest', { synchronize: false })
@Index('demands_listed_views', { synchronize: false })
@Index('demands_listed_deadline', { synchronize: false })
@Index('demands_organization_updated', { synchronize: false })
// The Beijing day reporting_facts counts the row on (migrations/…-ReportingDaily.ts, issue 18).
@Index('demands_published_day', { synchronize: false })
@Index('demands_created_day', { synchronize: false })
@Index('demands_solved_day', { synchronize: false })
export class Demand extends AuthoredRow {
  @Index()
  @OrganizationKey()
  organizationId: string;

  /**
   * The service organization that wrote the demand up on the owner's behalf (需求征集: a need found on its
   * visit), if one did: the demand then counts among the demands it collected too. Never changes.
   */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('Organization', { onDelete: 'SET NULL' })
  collectedByOrganizationId: string | null;

  /** The owner's name, set from identity's directory by the service that shows the row: not a column. */
  organizationName?: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 5000 })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  category: DemandCategory;

  @Column({ type: 'varchar', length: 4, nullable: true })
  industryCode: string | null;

  @Index('demands_fields', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  keywords: string[];

  /** GB/T 2260 code of where the problem is; null for a nationwide demand (全国: a ministry's task list). */
  @Column({ type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  /** 地域要求: the owner wants suppliers from its own region only (never set on a nationwide demand). */
  @Column({ type: 'boolean', default: false })
  regionRequired: boolean;

  /** Money is kept in whole 元 and shown in 万元. */
  @Column({ type: 'bigint', nullable: true })
  budgetMinYuan: string | null;

  @Column({ type: 'bigint', nullable: true })
  budgetMaxYuan: string | null;

  @Column({ type: 'smallint', nullable: true })
  trlRequired: number | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  cooperationModes: CooperationMode[];

  @Column({ type: 'varchar', length: 20 })
  visibility: Visibility;

  /** What a confidential demand shows to those without access. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  teaser: string | null;

  @Column({ type: 'varchar', length: 5000, nullable: true })
  ndaText: string | null;

  @Column({ type: 'jsonb', nullable: true })
  contact: DemandContact | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments: AttachmentMeta[];

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: DemandStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  closeReason: string | null;

  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /**
   * When the owner marked it solved: set by the database when the status becomes `solved` (cleared when it
   * moves away); the day the dashboards count it solved on (issue 18).
   */
  @Column({ type: 'timestamptz', nullable: true })
  solvedAt: Date | null;
}
