/**
 * The figures a dashboard and a period report show. Each is a count (and for some a sum) of the rows of
 * the `reporting_facts` view (migrations/…-ReportingFacts.ts) with that `figure`, so every number drills
 * down to the records behind it. Stored in clients' code: never rename one.
 */
export const FIGURES = [
  'demands-published',
  'matches',
  'conversations',
  'meetings',
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
  meetings: { zh: '洽谈', en: 'Meetings held' },
  'deals-confirmed': { zh: '双方确认的成交', en: 'Deals confirmed by both', amount: 'wan' },
  'contract-value': { zh: '技术合同成交额', en: 'Technology contract turnover', amount: 'wan' },
  visits: { zh: '走访企业', en: 'Enterprise visits' },
  ratings: { zh: '服务评价', en: 'Ratings', amount: 'score' },
};

/**
 * How 技术合同成交额 is broken down, as the national technical-market statistics do: by contract type,
 * technology field, type of seller, IP involved, the seller's city (技术输出地) and the buyer's province
 * (技术吸纳地). Stored in clients' code: never rename one.
 */
export const BREAKDOWNS = [
  'kind',
  'tech-field',
  'seller-type',
  'ip-type',
  'seller-region',
  'buyer-region',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
