import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns of `reporting_measures` the read model keeps from now on (libs/reporting `ReportingMeasures`). */
const COLUMNS = 'figure, day, region_code, organization_ids, record_id, amount, tech_field, kind, label';

/**
 * The base-table columns a row's display label is read from (the view's `label`: a demand's title or, when
 * confidential, its teaser; an expert's name or teaser), added to the columns whose change makes the
 * table's marking trigger (1795890000000-ReportingMeasureRows) mark the row's keys. As `pg_get_functiondef`
 * prints the condition that migration wrote, the old columns first.
 */
const LABEL_COLUMNS: Record<string, { moving: string[]; label: string[] }> = {
  demands: {
    moving: ['published_at', 'organization_id', 'region_code', 'visibility'],
    label: ['title', 'teaser'],
  },
  experts: { moving: ['claimed_by'], label: ['name', 'teaser', 'visibility'] },
};

const condition = (columns: string[]) =>
  `(${columns.map((c) => `n.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `o.${c}`).join(', ')})`;

/**
 * Redefines the marking function of each table of {@link LABEL_COLUMNS}, its condition on the columns
 * `change` gives first replaced by one on the columns it gives second.
 */
async function remark(
  queryRunner: QueryRunner,
  change: (moving: string[], label: string[]) => [string[], string[]],
): Promise<void> {
  for (const [table, { moving, label }] of Object.entries(LABEL_COLUMNS)) {
    const [from, to] = change(moving, label);
    const [{ definition }] = (await queryRunner.query(
      `SELECT pg_get_functiondef('"reporting_mark_measures_${table}"'::regproc) AS definition`,
    )) as { definition: string }[];
    const marked = definition.split(condition(from)).join(condition(to));
    if (marked === definition)
      throw new Error(`reporting_mark_measures_${table}: its moving columns are not ${from.join(', ')}`);
    await queryRunner.query(marked);
  }
}

/**
 * An enterprise's label is its organization's name: a rename marks the days of every service it received
 * (a visit, a log, a dispatch, a deal it is party of: more than the confirmed deals between enterprises
 * count, never fewer). Organizations' region changes keep their own trigger.
 */
const RENAMED_ENTERPRISE_KEYS = `
  WITH renamed AS (SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE n.name IS DISTINCT FROM o.name)
  INSERT INTO reporting_measure_dirty_days (figure, day)
  SELECT DISTINCT 'enterprises-served', day FROM (
    SELECT visited_on FROM visits WHERE enterprise_id IN (SELECT id FROM renamed)
    UNION ALL SELECT served_on FROM service_logs WHERE enterprise_id IN (SELECT id FROM renamed)
    UNION ALL SELECT starts_on FROM dispatches WHERE enterprise_id IN (SELECT id FROM renamed)
    UNION ALL SELECT COALESCE(signed_on, (created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM deals
     WHERE buyer_organization_id IN (SELECT id FROM renamed) OR seller_organization_id IN (SELECT id FROM renamed)
  ) k(day)`;

/**
 * Issue 18: the measured figures' drill-down read its display columns (kind, label) from the view
 * `reporting_measures` for its newest 200 records; for experts mobilized the planner reached each expert's
 * contacted matches from the expert (all of them) rather than from the day's conversations (0.43 s at the
 * issue's scale). The read model now keeps `kind` and `label` too, so a drill-down reads the read model only.
 * They are kept right as the other columns are: a re-count copies them from the view; the marking triggers
 * of demands and experts also fire on the columns a label is read from; a new trigger marks a renamed
 * enterprise's days; the nightly check compares them with the view like every column it keeps.
 */
export class ReportingMeasureLabels1795900000000 implements MigrationInterface {
  name = 'ReportingMeasureLabels1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reporting_measure_rows" ADD "kind" text, ADD "label" text');
    await remark(queryRunner, (moving, label) => [moving, [...moving, ...label]]);
    await queryRunner.query(
      `CREATE FUNCTION "reporting_mark_measure_labels_organizations"() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN ${RENAMED_ENTERPRISE_KEYS}; RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "reporting_mark_measure_labels" AFTER UPDATE ON "organizations"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION "reporting_mark_measure_labels_organizations"()`,
    );
    // Refilled from the view and the months counted again from the rows, under the re-count's lock: days
    // still dirty are re-counted by the next read, which moves the months by the rows' difference.
    await queryRunner.query('SELECT pg_advisory_xact_lock(1795890000)');
    await queryRunner.query('TRUNCATE "reporting_measure_rows", "reporting_measure_months"');
    await queryRunner.query(
      `INSERT INTO reporting_measure_rows (${COLUMNS}) SELECT ${COLUMNS} FROM reporting_measures`,
    );
    await queryRunner.query(
      `INSERT INTO reporting_measure_months (figure, month, region_code, record_id, n)
       SELECT figure, date_trunc('month', day)::date, region_code, record_id, count(*)::int FROM reporting_measure_rows
        WHERE figure IN ('experts-mobilized', 'enterprises-served') GROUP BY 1, 2, 3, 4`,
    );
    // Statistics of the new rows at once: without them the distinct counts are sorted, not hashed.
    await queryRunner.query('ANALYZE "reporting_measure_rows", "reporting_measure_months"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION "reporting_mark_measure_labels_organizations"() CASCADE');
    await remark(queryRunner, (moving, label) => [[...moving, ...label], moving]);
    await queryRunner.query('ALTER TABLE "reporting_measure_rows" DROP "kind", DROP "label"');
  }
}
