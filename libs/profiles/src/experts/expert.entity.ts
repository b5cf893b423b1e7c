import { Column, Entity, Index, type Relation } from 'typeorm';
import { BelongsTo } from '#database';
import { CataloguePosting } from '#postings';
import { ServiceStation } from '../societies/service-station.entity.js';

/** Stored data: never rename a value without a migration. 咨询 / 诊断 / 合作研发 / 兼职 / 讲座. */
export const SERVICE_MODES = ['consulting', 'diagnosis', 'joint-rnd', 'part-time', 'lecture'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export const AVAILABILITIES = ['available', 'limited', 'unavailable'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/**
 * An expert's profile, kept by the society (学会) that owns it; the expert may claim it and keep it
 * current themselves. Contact details are shown only to the society, the expert and moderators.
 */
@Entity('experts')
@Index('experts_listed_newest', { synchronize: false })
@Index('experts_listed_views', { synchronize: false })
@Index('experts_organization_updated', { synchronize: false })
export class Expert extends CataloguePosting {
  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** 职称, e.g. 教授级高级工程师. */
  @Column({ type: 'varchar', length: 50 })
  title: string;

  @Column({ type: 'varchar', length: 100 })
  affiliation: string;

  @Index('experts_fields', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  keywords: string[];

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  regionCodesServed: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  serviceModes: ServiceMode[];

  @Column({ type: 'varchar', length: 20, default: 'available' })
  availability: Availability;

  /** 科技特派员. */
  @Column({ type: 'boolean', default: false })
  isCommissioner: boolean;

  @Column({ type: 'varchar', length: 2000, default: '' })
  bio: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  /** The user who claimed this profile (an emailed link proved the address). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  claimedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  stationId: string | null;

  @BelongsTo(() => ServiceStation, 'station_id', 'SET NULL')
  station: Relation<ServiceStation> | null;
}
