import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { ReportingDaily } from '../daily/reporting-daily.js';
import type { MeasuredFigures } from './measured-figures.js';
import { StatisticsOverview } from './statistics-overview.js';

describe('the overview', () => {
  it('starts its additive, measured, breakdown and decline-reason reads before any of them answers', async () => {
    const started: string[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const read = async (name: string) => {
      started.push(name);
      await answered;
      return [];
    };
    // Each read is a statement in a transaction of its own (dashboardQuery), after its SET LOCALs.
    const query = async (sql: string) =>
      sql.startsWith('SET LOCAL')
        ? []
        : read(
            sql.includes('GROUPING SETS') ? 'breakdowns' : sql.includes('AS reason') ? 'reasons' : 'additive',
          );
    const dataSource = {
      transaction: (run: (manager: { query: typeof query }) => Promise<unknown>) => run({ query }),
    } as unknown as DataSource;
    const daily = { freshen: async () => 0 } as unknown as ReportingDaily;
    const measured = {
      overview: async () => ({ rows: await read('measured'), pending: true }),
    } as unknown as MeasuredFigures;
    const overview = new StatisticsOverview(dataSource, daily, measured).overviewOf(
      { kind: 'platform', regionCode: null, organizationId: null },
      { from: '2026-01-01', to: '2026-02-28' },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.sort()).toEqual(['additive', 'breakdowns', 'measured', 'reasons']);
    answer();
    await expect(overview).resolves.toMatchObject({ months: ['2026-01', '2026-02'], measuresPending: true });
  });
});
