import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The measured figures, each a view of its own from now on (libs/reporting `measuresOf`). */
const FIGURES = ['time-to-first-match', 'time-to-first-contact', 'experts-mobilized', 'enterprises-served'];

const viewOf = (figure: string) => `reporting_measures_${figure.replaceAll('-', '_')}`;

/** Where `pg_get_viewdef` starts a top-level branch of `reporting_measures`: its figure, a constant. */
const BRANCH = new RegExp(`\\n\\s*UNION ALL\\n(?=\\s*SELECT '(?:${FIGURES.join('|')})'::text AS figure,)`);

const definitionOf = async (queryRunner: QueryRunner, view: string) => {
  const [{ definition }] = (await queryRunner.query(
    `SELECT pg_get_viewdef('"${view}"'::regclass) AS definition`,
  )) as { definition: string }[];
  return definition.trim().replace(/;$/, '');
};

/**
 * Issue 18: re-counting a dirty day of one measured figure read `reporting_measures … WHERE figure = $1`,
 * and the planner expanded every branch of the view (a dozen, some with several joins) before the figure's
 * constant pruned all but that figure's: 16–31 ms of planning per figure at the issue's scale, more than
 * running it (3–25 ms). Each figure's branches become a view of their own, `reporting_measures_<figure>`,
 * and `reporting_measures` is their union — the same rows, one definition, which the read model's
 * re-count of a figure reads directly (planning 2–7 ms).
 */
export class ReportingMeasureFigureViews1795950000000 implements MigrationInterface {
  name = 'ReportingMeasureFigureViews1795950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const branches = (await definitionOf(queryRunner, 'reporting_measures')).split(BRANCH);
    for (const figure of FIGURES) {
      const own = branches.filter((branch) => branch.trimStart().startsWith(`SELECT '${figure}'::text`));
      if (own.length === 0) throw new Error(`reporting_measures: no branch of ${figure}`);
      await queryRunner.query(`CREATE VIEW "${viewOf(figure)}" AS ${own.join(' UNION ALL ')}`);
    }
    const others = branches.filter(
      (b) => !FIGURES.some((f) => b.trimStart().startsWith(`SELECT '${f}'::text`)),
    );
    if (others.length > 0) throw new Error('reporting_measures: a branch of no measured figure');
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "reporting_measures" AS
       ${FIGURES.map((figure) => `SELECT * FROM "${viewOf(figure)}"`).join(' UNION ALL ')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const definitions: string[] = [];
    for (const figure of FIGURES) definitions.push(await definitionOf(queryRunner, viewOf(figure)));
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "reporting_measures" AS ${definitions.join(' UNION ALL ')}`,
    );
    for (const figure of FIGURES) await queryRunner.query(`DROP VIEW "${viewOf(figure)}"`);
  }
}
