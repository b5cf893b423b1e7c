import type { FeatureMessages } from '../feature';
import type { openDataZhCN } from './i18n.zh-CN';

/** English strings of 数据交换 (open-data); the type makes the compiler reject a missing or extra key. */
export const openDataEn: FeatureMessages<typeof openDataZhCN> = {
  apiKeys: {
    menu: 'API keys',
    title: 'API keys',
    subtitle:
      'For other platforms calling the open API (change feeds, imports); each key has a per-minute limit and can be revoked at any time.',
    adminOnly: 'Only owners and admins of the organization can manage API keys',
    create: 'Create a key',
    createButton: 'Create',
    name: 'Name',
    namePlaceholder: 'e.g. Provincial technology market sync',
    nameRequired: 'Name the key',
    rateLimit: 'Requests per minute',
    rateLimitHelp: 'Leave empty for the platform default',
    shownOnce: 'Key “{{name}}” created. Copy it now: it is shown only this once.',
    list: 'Keys',
    prefix: 'Prefix',
    createdAt: 'Created',
    lastUsedAt: 'Last used',
    neverUsed: 'Never',
    revoke: 'Revoke',
    revokeConfirm: 'Requests with this key will be refused at once. Revoke it?',
    revoked: 'Key revoked',
  },
  postingImports: {
    menu: 'Import data',
    title: 'Import data',
    subtitle:
      'Import demands or achievements from Excel: new rows become drafts, rows like existing postings are marked duplicates, and faulty rows say why.',
    adminOnly: 'Only owners and admins of the organization can import data',
    step1: 'Choose what to import and download the template',
    kinds: { demand: 'Demands', achievement: 'Achievements' },
    download: 'Download the Excel template',
    templateHelp:
      'Regions, technology fields and industries may be written by name (e.g. 江苏省, 动力电池, 锂离子电池制造) or code; separate several with commas. Up to 500 rows at a time.',
    step2: 'Upload the filled-in sheet',
    upload: 'Click or drop an .xlsx file here',
    uploadHint: 'Only the first sheet is read; its first row holds the column names',
    start: 'Import',
    report: 'Result',
    summary: '{{total}} rows: {{created}} drafts created, {{duplicates}} duplicates, {{errors}} with errors',
    row: 'Row',
    outcome: 'Outcome',
    outcomes: { created: 'Draft created', duplicate: 'Duplicate', error: 'Error' },
    details: 'Details',
    openDraft: 'Open the draft',
    duplicateOf: 'Like the existing',
  },
};
