import { Column, Entity, Index } from 'typeorm';
import { CataloguePosting } from '../catalogue/catalogue-posting.entity.js';

/** Stored data: never rename a value without a migration. 种子 / 天使 / Pre-A / A / B / C 及以后 / Pre-IPO. */
export const PROJECT_STAGES = ['seed', 'angel', 'pre-a', 'a', 'b', 'c-plus', 'pre-ipo'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** What a stage is called in explanations, as the web app labels it. */
export const PROJECT_STAGE_NAMES: Record<ProjectStage, { zh: string; en: string }> = {
  seed: { zh: '种子轮', en: 'seed' },
  angel: { zh: '天使轮', en: 'angel' },
  'pre-a': { zh: 'Pre-A 轮', en: 'pre-A' },
  a: { zh: 'A 轮', en: 'Series A' },
  b: { zh: 'B 轮', en: 'Series B' },
  'c-plus': { zh: 'C 轮及以后', en: 'Series C+' },
  'pre-ipo': { zh: 'Pre-IPO', en: 'pre-IPO' },
};

/** A venture (or an achievement being spun out) seeking finance (融资项目), browsed by investors. */
@Entity('projects')
@Index('projects_listed_newest', { synchronize: false })
@Index('projects_listed_views', { synchronize: false })
@Index('projects_organization_updated', { synchronize: false })
export class Project extends CataloguePosting {
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 3000 })
  summary: string;

  @Index('projects_fields', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  keywords: string[];

  @Column({ type: 'varchar', length: 20 })
  stage: ProjectStage;

  /** Whole 元. */
  @Column({ type: 'bigint' })
  amountSoughtYuan: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  useOfFunds: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  team: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  traction: string | null;

  @Column({ type: 'char', length: 6 })
  regionCode: string;
}
