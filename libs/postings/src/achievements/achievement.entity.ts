import { Column, Entity, Index } from 'typeorm';
import { CataloguePosting } from '../catalogue/catalogue-posting.entity.js';
import type { DemandContact } from '../demands/demand.entity.js';

/** Stored data: never rename a value without a migration. 实验室 / 小试 / 中试 / 产业化. */
export const ACHIEVEMENT_MATURITIES = ['lab', 'bench', 'pilot', 'industrial'] as const;
export type AchievementMaturity = (typeof ACHIEVEMENT_MATURITIES)[number];

/** 转让 / 许可 / 作价入股 / 合作开发. */
export const TRANSFER_MODES = ['transfer', 'licensing', 'equity', 'co-development'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const PATENT_TYPES = ['invention', 'utility', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const PATENT_STATUSES = ['pending', 'granted', 'lapsed'] as const;
export type PatentStatus = (typeof PATENT_STATUSES)[number];

export interface Patent {
  number: string;
  type: PatentType;
  status: PatentStatus;
}

/** A technology achievement (科技成果) a university or institute offers for transfer. */
@Entity('achievements')
// The open change feed's keyset (OpenFeedService).
@Index('achievements_feed', ['updatedAt', 'id'])
@Index('achievements_listed_newest', { synchronize: false })
@Index('achievements_listed_views', { synchronize: false })
@Index('achievements_organization_updated', { synchronize: false })
export class Achievement extends CataloguePosting {
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 5000 })
  abstract: string;

  @Index('achievements_fields', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  keywords: string[];

  @Column({ type: 'smallint' })
  trl: number;

  @Column({ type: 'varchar', length: 20 })
  maturity: AchievementMaturity;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  transferModes: TransferMode[];

  /** Asking price in whole 元; null is 面议 (to be negotiated). */
  @Column({ type: 'bigint', nullable: true })
  priceYuan: string | null;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  patents: Patent[];

  @Column({ type: 'jsonb', nullable: true })
  contact: DemandContact | null;
}
