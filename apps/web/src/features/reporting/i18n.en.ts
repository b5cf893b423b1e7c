import type { FeatureMessages } from '../feature';
import type { reportingZhCN } from './i18n.zh-CN';

/** English strings of 数据看板 (reporting); the type makes the compiler reject a missing or extra key. */
export const reportingEn: FeatureMessages<typeof reportingZhCN> = {
  reporting: {
    menu: 'Dashboard',
    title: 'Dashboard',
    subtitle:
      'What matchmaking achieved in your scope over the period: click a figure for its records, export the report.',
    period: 'Period',
    region: 'Region code',
    regionPlaceholder: 'e.g. 330100 (optional)',
    exportXlsx: 'Export Excel',
    exportPdf: 'Export PDF',
    amount: '{{amount}}',
    score: 'average {{amount}}',
    monthly: 'By month',
    records: '{{figure}}: {{total}} records',
    day: 'Date',
    label: 'Content',
    regionCode: 'Region',
    value: 'Amount / score',
    breakdownsTitle: 'Technology contract value, broken down (×10k CNY)',
    noField: 'No field given',
    breakdowns: {
      kind: 'Contract type',
      'tech-field': 'Technology field',
      'seller-type': 'Seller type',
      'ip-type': 'IP involved',
      'seller-region': 'Seller city',
      'buyer-region': 'Buyer province',
    },
    figures: {
      'demands-published': 'Demands published',
      matches: 'Matches',
      conversations: 'Conversations',
      meetings: 'Meetings held',
      'deals-confirmed': 'Deals confirmed',
      'contract-value': 'Technology contract value',
      visits: 'Service visits',
      ratings: 'Service ratings',
    },
  },
};
