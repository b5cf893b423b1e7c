import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FACTS_V2 } from './1795640000000-ReportingFactsMeetingsAndDeals.js';

const DEMAND_REGION = 'COALESCE(d.region_code, o.region_code) AS region_code';

/**
 * Issue 14: a confidential demand's row in `reporting_facts` carries its province (GB/T 2260: the first
 * two digits and `0000`), not its city or district, which its teaser keeps back. An organizer's drill-down
 * listed the district, and a region filter below the province found the demand by it. The demand is still
 * counted in its province's figures; a city's or county's scope no longer sees it.
 */
const FACTS_V3 = FACTS_V2.replace(
  DEMAND_REGION,
  `CASE WHEN d.visibility = 'confidential'
              THEN left(COALESCE(d.region_code, o.region_code), 2) || '0000'
              ELSE COALESCE(d.region_code, o.region_code) END AS region_code`,
);
if (FACTS_V3 === FACTS_V2)
  throw new Error('reporting_facts: the demand row no longer reads its region as expected');

export class ReportingFactsConfidentialRegion1795700000000 implements MigrationInterface {
  name = 'ReportingFactsConfidentialRegion1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "reporting_facts"');
    await queryRunner.query(`CREATE VIEW "reporting_facts" AS ${FACTS_V3}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "reporting_facts"');
    await queryRunner.query(`CREATE VIEW "reporting_facts" AS ${FACTS_V2}`);
  }
}
