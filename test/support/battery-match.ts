import { expect } from '@jest/globals';
import type { TestApp } from './app-harness.js';
import { eventually } from './search.js';

/**
 * A pair of postings the matcher is sure to match (same field, keywords, TRL and budget fit, same
 * province), for the specs that need a real match-found event.
 */

/** The achievement side: a university's thermal-runaway early-warning technology. */
export const BATTERY_ACHIEVEMENT = {
  title: '锂离子电池热失控早期预警技术',
  abstract: '基于特征气体传感与电化学阻抗在线监测，提前 10 分钟以上预警电池包热失控，已在储能电站示范运行。',
  fields: ['EV-BATTERY'],
  keywords: ['热失控', '电池管理系统'],
  trl: 7,
  priceWan: 80,
  regionCode: '320111',
};

/** The demand side, under any title. */
export const batteryDemand = (title: string) => ({
  title,
  description: '电动客车锂离子电池包需要提前预警热失控，降低起火风险，要求可集成到现有电池管理系统。',
  fields: ['EV-BATTERY'],
  keywords: ['热失控', '锂离子电池', '预警'],
  regionCode: '320115',
  budgetMinWan: 50,
  budgetMaxWan: 120,
  trlRequired: 6,
});

/** The demand side under its usual title. */
export const BATTERY_DEMAND = batteryDemand('动力电池热失控预警');

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

/**
 * The battery demand as a confidential posting whose hidden fields carry markers (for the leak scans):
 * its description, a keyword and its contact, a budget and a district no teaser view may show.
 */
export const markedConfidentialDemand = (
  markers: { description: string; keyword: string; contact: string },
  budget: { min: number; max: number },
  district: string,
) => ({
  ...batteryDemand('动力电池热失控预警（保密）'),
  description: `电动客车锂离子电池包需要提前预警热失控，要求集成到电池管理系统。${markers.description}`,
  keywords: ['热失控', '锂离子电池', markers.keyword],
  contact: { name: markers.contact, phone: '025-12345678' },
  regionCode: district,
  budgetMinWan: budget.min,
  budgetMaxWan: budget.max,
  visibility: 'confidential',
  teaser: '动力电池安全方向的技术需求（保密）',
  ndaText: '双方对交流内容保密。',
});
