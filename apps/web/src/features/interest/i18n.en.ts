import type { FeatureMessages } from '../feature';
import type { interestZhCN } from './i18n.zh-CN';

/** English strings of 我要对接; the type makes the compiler reject a missing or extra key. */
export const interestEn: FeatureMessages<typeof interestZhCN> = {
  interest: {
    button: 'Get in touch',
    title: 'Get in touch',
    message: 'Message',
    messagePlaceholder: 'Introduce your organization and how you would like to work together',
    messageRequired: 'Please write a message',
    offer: 'Bring one of your postings (optional)',
    offerHint: 'An investor may bring a financing offer, an enterprise a technical demand',
    send: 'Send',
    sent: 'Sent: continue in the conversation',
    block: 'Block',
    blockTitle: 'Block {{name}}',
    blocked: '{{name}} is blocked and can no longer get in touch with your organization',
    report: 'Also report to the platform',
    reportHint: 'The platform’s staff will look at the report',
    note: 'Note (optional)',
    kinds: {
      demand: 'Demand',
      expert: 'Expert',
      achievement: 'Achievement',
      project: 'Project',
      'financing-offer': 'Financing offer',
    },
  },
};
