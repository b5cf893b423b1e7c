import { expect } from '@jest/globals';
import type { TestApp } from './app-harness.js';
import { eventually } from './search.js';

/** A traction-battery demand that the battery achievement and expert fixtures of the tests fit. */
export const BATTERY_DEMAND = {
  title: '动力电池热失控预警',
  description: '电动客车锂离子电池包需要提前预警热失控，降低起火风险，要求可集成到现有电池管理系统。',
  fields: ['EV-BATTERY'],
  keywords: ['热失控', '锂离子电池', '预警'],
  regionCode: '320115',
  budgetMinWan: 50,
  budgetMaxWan: 120,
  trlRequired: 6,
};

/** The id of the match between a source and a candidate posting, once the matching job has stored it. */
export function matchBetween(app: TestApp, sourceId: string, candidateId: string): Promise<string> {
  return eventually(async () => {
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM matches WHERE source_id = $1 AND candidate_id = $2`,
      [sourceId, candidateId],
    );
    expect(row).toBeDefined();
    return row!.id;
  });
}
