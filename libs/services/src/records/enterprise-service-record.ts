import { Column } from 'typeorm';
import { AuthoredRow } from '#database';

/**
 * What a visit and a service log share: the service organization that keeps it (for a 特派员, the society
 * that dispatched them), the enterprise served with its region copied on the day (so figures by region
 * read this table alone), the dispatch it was done under, and who wrote it.
 */
export abstract class EnterpriseServiceRecord extends AuthoredRow {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'char', length: 6 })
  enterpriseRegionCode: string;

  @Column({ type: 'uuid', nullable: true })
  dispatchId: string | null;
}
