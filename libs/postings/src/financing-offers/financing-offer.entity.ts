import { Column, Entity, Index } from 'typeorm';
import { CataloguePosting } from '../catalogue/catalogue-posting.entity.js';
import type { DemandContact } from '../demands/demand.entity.js';
import type { ProjectStage } from '../projects/project.entity.js';

/** Stored data: never rename a value without a migration. 股权 / 债权 / 科技贷 / 担保 / 保险. */
export const FINANCING_INSTRUMENTS = ['equity', 'debt', 'tech-loan', 'guarantee', 'insurance'] as const;
export type FinancingInstrument = (typeof FINANCING_INSTRUMENTS)[number];

/** What an investor, bank or guarantor offers: the sectors, stages, ticket sizes and regions it serves. */
@Entity('financing_offers')
@Index('financing_offers_listed_newest', { synchronize: false })
@Index('financing_offers_listed_views', { synchronize: false })
@Index('financing_offers_organization_updated', { synchronize: false })
export class FinancingOffer extends CataloguePosting {
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  instrument: FinancingInstrument;

  /** Technology field codes, so offers and projects meet on the same taxonomy. */
  @Index('financing_offers_sectors', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sectors: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  stages: ProjectStage[];

  @Column({ type: 'bigint', nullable: true })
  ticketMinYuan: string | null;

  @Column({ type: 'bigint', nullable: true })
  ticketMaxYuan: string | null;

  /** Regions served; empty means nationwide. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  regionCodes: string[];

  @Column({ type: 'varchar', length: 2000 })
  thesis: string;

  @Column({ type: 'jsonb', nullable: true })
  contact: DemandContact | null;
}
