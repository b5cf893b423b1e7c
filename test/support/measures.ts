import { ReportingMeasures } from '#reporting';
import type { TestApp } from './app-harness.js';
import { eventually } from './search.js';

/**
 * The measured figures (medians and distinct counts) as a dashboard shows them once every change is
 * counted: the worker re-counts them every REPORTING_MEASURES_FRESHEN_SECONDS and a dashboard read does not
 * wait for it. With the worker running, waits until it has caught up (no dirty key left); in an app
 * without one, runs the re-count its job would have.
 */
export async function measuresCounted(app: TestApp): Promise<void> {
  if (!app.worker) {
    await app.api.get(ReportingMeasures, { strict: false }).freshen();
    return;
  }
  await eventually(async () => {
    const [left] = await app.dataSource.query<unknown[]>(
      'SELECT 1 FROM reporting_measure_dirty_days LIMIT 1',
    );
    if (left) throw new Error('the worker has not re-counted the measured figures yet');
  });
}
