import type { DataSource } from 'typeorm';

/**
 * One statement of a dashboard read — the overview's reads, the measured drill-downs — planned as a short
 * query: without parallel workers and without JIT compilation. Such a read covers tens of thousands of
 * aggregate rows in tens of milliseconds, and the overview runs several at once. Starting workers costs more
 * than they save while the other reads keep the cores busy (on the 2-core VM a year's 292 k rows of
 * enterprises served cost 145–165 ms gathered by two workers against 86–91 ms in one process; the distinct
 * counts of a year's months 91 against 74 ms, the medians 58 against 28 ms). And an industry's hundreds of
 * codes, tested hashed, make the planner estimate such a read above `jit_above_cost`, so it compiled the
 * plan each time: the additive figures by industry took 91 ms, 38 ms without (a year of 江苏's 78 k rows).
 */
export function dashboardQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
    await manager.query('SET LOCAL jit = off');
    return manager.query<T>(sql, params);
  });
}
