import { Check, Column, Entity, Index } from 'typeorm';
import { EnterpriseServiceRecord } from './enterprise-service-record.js';

/** 服务日志: a piece of service work for an enterprise, its hours and its result. */
@Entity('service_logs')
@Index('service_logs_organization_served_on', ['organizationId', 'servedOn'])
@Index('service_logs_enterprise_served_on', ['enterpriseId', 'servedOn'])
// The day and author (an expert's claimed account) the measured figures' read model re-counts a log by
// (migrations/…-ReportingMeasureRows.ts).
@Index('service_logs_served_on', ['servedOn'])
@Index('service_logs_created_by', ['createdBy'])
@Check('service_logs_hours_positive', 'hours > 0')
export class ServiceLog extends EnterpriseServiceRecord {
  @Column({ type: 'date' })
  servedOn: string;

  @Column({ type: 'varchar', length: 200 })
  task: string;

  /** Tenths of an hour are enough for a log; numeric keeps them exact. */
  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  hours: number;

  @Column({ type: 'varchar', length: 4000 })
  result: string;

  /** The visit this work followed from, if any. */
  @Column({ type: 'uuid', nullable: true })
  visitId: string | null;
}
