import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The parties `reporting_facts` gives a collected demand: its owner (before), and its collector (after). */
const OWNER_ONLY = 'ARRAY[d.organization_id] AS organization_ids';
const OWNER_AND_COLLECTOR =
  'array_remove(ARRAY[d.organization_id, d.collected_by_organization_id], NULL::uuid) AS organization_ids';

/**
 * `demands.collected_by_organization_id`: the service organization that wrote a demand up on its owner's
 * behalf (需求征集, a need found on a visit), filled in for the drafts visits already made. Its
 * `demands-collected` row in `reporting_facts` names the collector among its parties, so a service
 * organization's own dashboard counts the demands it collected, as the public directory does; the days
 * of those rows are marked dirty, so the aggregates re-count them at the next read.
 */
export class DemandsCollectedBy1795940000000 implements MigrationInterface {
  name = 'DemandsCollectedBy1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "demands" ADD "collected_by_organization_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "demands" ADD CONSTRAINT "FK_6d7aea1d294e2cfc00adf109252" FOREIGN KEY ("collected_by_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `UPDATE demands d SET collected_by_organization_id = v.organization_id
         FROM visits v CROSS JOIN LATERAL jsonb_array_elements(v.needs) n(need)
        WHERE n.need->>'demandId' = d.id::text AND v.organization_id <> d.organization_id`,
    );
    await this.replacePartiesOfCollected(queryRunner, OWNER_ONLY, OWNER_AND_COLLECTOR);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replacePartiesOfCollected(queryRunner, OWNER_AND_COLLECTOR, OWNER_ONLY);
    await queryRunner.query('ALTER TABLE "demands" DROP CONSTRAINT "FK_6d7aea1d294e2cfc00adf109252"');
    await queryRunner.query('ALTER TABLE "demands" DROP COLUMN "collected_by_organization_id"');
  }

  /**
   * Rewrites the parties of the view's `demands-collected` branch as it stands (whatever other migrations
   * made of the view), failing loudly if that branch no longer reads `from`; then marks the collected
   * demands' days dirty.
   */
  private async replacePartiesOfCollected(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
    const [{ definition }] = (await queryRunner.query(
      `SELECT pg_get_viewdef('reporting_facts'::regclass) AS definition`,
    )) as { definition: string }[];
    const branches = definition.trim().replace(/;$/, '').split('\nUNION ALL\n');
    const collected = branches.filter((branch) => branch.includes(`'demands-collected'::text AS figure`));
    if (collected.length !== 1 || collected[0]!.split(from).length !== 2)
      throw new Error(`reporting_facts: no single demands-collected branch reading ${from}`);
    const rewritten = branches.map((branch) => (branch === collected[0] ? branch.replace(from, to) : branch));
    await queryRunner.query(`CREATE OR REPLACE VIEW "reporting_facts" AS ${rewritten.join('\nUNION ALL\n')}`);
    await queryRunner.query(
      `INSERT INTO reporting_dirty_days (figure, day)
       SELECT DISTINCT 'demands-collected', ((created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM demands
        WHERE collected_by_organization_id IS NOT NULL`,
    );
  }
}
