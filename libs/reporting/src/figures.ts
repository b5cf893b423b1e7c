/**
 * The figures a dashboard and a period report show. Each is a count (and for some a sum) of the rows of
 * the `reporting_facts` view (migrations/…-ReportingFacts.ts) with that `figure` — or, for the
 * {@link MEASURED_FIGURES}, a median or a distinct count of the rows of `reporting_measures` — so every
 * number drills down to the records behind it. Stored in clients' code: never rename one.
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
  'demands-collected',
  'demands-solved',
  'matches-contacted',
  'matches-declined',
  'financing-raised',
  'time-to-first-match',
  'time-to-first-contact',
  'experts-mobilized',
  'enterprises-served',
] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * The figures that are not sums of rows, read from the view `reporting_measures` at request time (never
 * from the daily aggregate): `median` — the median of the rows' amounts (seconds, shown in hours), over
 * the records measured; `distinct` — how many distinct records (experts, enterprises) the rows name.
 */
export const MEASURED_FIGURES: Partial<Record<Figure, 'median' | 'distinct'>> = {
  'time-to-first-match': 'median',
  'time-to-first-contact': 'median',
  'experts-mobilized': 'distinct',
  'enterprises-served': 'distinct',
};

/** How each figure is named in reports (zh-CN first) and what its amount column means. */
export const FIGURE_NAMES: Record<Figure, { zh: string; en: string; amount?: 'wan' | 'score' | 'hours' }> = {
  'demands-published': { zh: '发布需求', en: 'Demands published' },
  matches: { zh: '匹配', en: 'Matches' },
  conversations: { zh: '对接会话', en: 'Conversations' },
  meetings: { zh: '洽谈', en: 'Meetings held' },
  'deals-confirmed': { zh: '双方确认的成交', en: 'Deals confirmed by both', amount: 'wan' },
  'contract-value': { zh: '技术合同成交额', en: 'Technology contract turnover', amount: 'wan' },
  visits: { zh: '走访企业', en: 'Enterprise visits' },
  ratings: { zh: '服务评价', en: 'Ratings', amount: 'score' },
  'demands-collected': { zh: '征集需求', en: 'Demands collected' },
  'demands-solved': { zh: '解决需求', en: 'Demands solved' },
  'matches-contacted': { zh: '已联系的匹配', en: 'Matches contacted' },
  'matches-declined': { zh: '已婉拒的匹配', en: 'Matches declined' },
  'financing-raised': { zh: '融资到位', en: 'Financing raised', amount: 'wan' },
  'time-to-first-match': {
    zh: '首次匹配用时（中位数）',
    en: 'Time to first match (median)',
    amount: 'hours',
  },
  'time-to-first-contact': {
    zh: '首次对接用时（中位数）',
    en: 'Time to first contact (median)',
    amount: 'hours',
  },
  'experts-mobilized': { zh: '动员专家', en: 'Experts mobilized' },
  'enterprises-served': { zh: '服务企业', en: 'Enterprises served' },
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
