import { Column, Entity, Index } from 'typeorm';
import { EnterpriseServiceRecord } from './enterprise-service-record.js';

export interface PersonMet {
  name: string;
  title: string | null;
}

/** A need found on a visit; `demandId` once it became a draft demand on the enterprise's behalf. */
export interface VisitNeed {
  title: string;
  description: string;
  demandId: string | null;
}

/** 走访档案: one visit to an enterprise. */
@Entity('visits')
@Index('visits_organization_visited_on', ['organizationId', 'visitedOn'])
@Index('visits_enterprise_visited_on', ['enterpriseId', 'visitedOn'])
@Index('visits_region_visited_on', ['enterpriseRegionCode', 'visitedOn'])
// Re-counting a day of visits for the dashboards' aggregate (issue 18).
@Index('visits_visited_on', ['visitedOn'])
export class Visit extends EnterpriseServiceRecord {
  @Column({ type: 'date' })
  visitedOn: string;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'jsonb' })
  peopleMet: PersonMet[];

  @Column({ type: 'varchar', length: 4000 })
  findings: string;

  @Column({ type: 'jsonb' })
  needs: VisitNeed[];
}
