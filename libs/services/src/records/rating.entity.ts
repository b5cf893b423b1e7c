import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedRow } from '#database';
import type { RatingSubjectType } from '../service-terms.js';

/** 服务评价: an enterprise's 1–5 rating of a visit, a logged service or a deal, once per subject. */
@Entity('ratings')
@Index('ratings_subject_enterprise_key', ['subjectType', 'subjectId', 'enterpriseId'], { unique: true })
@Index('ratings_provider_created', ['providerOrganizationId', 'createdAt'])
// The Beijing day reporting_facts counts the row on (migrations/…-ReportingDaily.ts, issue 18).
@Index('ratings_created_day', { synchronize: false })
@Check('ratings_score_range', 'score BETWEEN 1 AND 5')
export class Rating extends CreatedRow {
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'varchar', length: 12 })
  subjectType: RatingSubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** The organization rated: the service organization, or the deal's other party. */
  @Column({ type: 'uuid' })
  providerOrganizationId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  comment: string;

  @Column({ type: 'uuid' })
  ratedBy: string;
}
