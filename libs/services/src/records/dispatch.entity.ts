import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedRow } from '#database';
import type { DispatchKind } from '../service-terms.js';

/**
 * 派驻: a society sends experts (a 学会服务团, or 科技特派员) to one enterprise or one region for a period,
 * with goals. The experts who claimed their profiles record visits and logs under it for the society.
 */
@Entity('dispatches')
@Index('dispatches_organization_starts_on', ['organizationId', 'startsOn'])
// The day the measured figures' read model re-counts a dispatch on (migrations/…-ReportingMeasureRows.ts).
@Index('dispatches_starts_on', ['startsOn'])
@Check('dispatches_one_target', '(enterprise_id IS NULL) <> (region_code IS NULL)')
@Check('dispatches_period', 'ends_on >= starts_on')
export class Dispatch extends CreatedRow {
  /** The dispatching society. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DispatchKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('dispatches_expert_ids', { synchronize: false })
  @Column({ type: 'uuid', array: true })
  expertIds: string[];

  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @Column({ type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 2000 })
  goals: string;

  @Column({ type: 'uuid' })
  createdBy: string;
}
