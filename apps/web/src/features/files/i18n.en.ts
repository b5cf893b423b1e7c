import type { filesZhCN } from './i18n.zh-CN';

export const filesEn: typeof filesZhCN = {
  files: {
    title: 'Files',
    licenceTitle: 'Business licence',
    empty: 'No files yet',
    withheld: 'Confidential files: downloadable once access is granted',
    upload: 'Upload',
    purpose: 'Purpose',
    limits: 'PDF, Office documents or images; up to {{mb}} MB each, {{max}} files at most',
    download: 'Download',
    delete: 'Delete',
    deleteConfirm: 'Delete this file?',
    uploaded: 'Uploaded',
    purposes: {
      specification: 'Technical specification',
      drawing: 'Drawing',
      'patent-certificate': 'Patent certificate',
      'pitch-deck': 'Pitch deck',
      other: 'Other',
      'business-licence': 'Business licence',
    },
  },
};
