/**
 * The figures a dashboard and a period report show. Each is a count (and for some a sum) of the rows of
 * the `reporting_facts` view (migrations/…-ReportingFacts.ts) with that `figure`, so every number drills
 * down to the records behind it. Stored in clients' code: never rename one.
 */
export const FIGURES = [
  'demands-published',
  'matches',
  'conversations',
  'deals-confirmed',
  'contract-value',
  'visits',
  'ratings',
] as const;
export type Figure = (typeof FIGURES)[number];

/** How each figure is named in reports (zh-CN first) and what its amount column means. */
export const FIGURE_NAMES: Record<Figure, { zh: string; en: string; amount?: 'wan' | 'score' }> = {
  'demands-published': { zh: '发布需求', en: 'Demands published' },
  matches: { zh: '匹配', en: 'Matches' },
  conversations: { zh: '对接会话', en: 'Conversations' },
  'deals-confirmed': { zh: '双方确认的成交', en: 'Deals confirmed by both', amount: 'wan' },
  'contract-value': { zh: '技术合同成交额', en: 'Technology contract turnover', amount: 'wan' },
  visits: { zh: '走访企业', en: 'Enterprise visits' },
  ratings: { zh: '服务评价', en: 'Ratings', amount: 'score' },
};
