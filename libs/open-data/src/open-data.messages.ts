import type { ContextMessages } from '#core';

/** The open-data context's messages (list imports), joined into the API's translations from its descriptor. */
export const openDataMessages = {
  'zh-CN': {
    problem: {
      'sheet-without-title': '表格第一行应为列名，且包含名称列（如「需求名称」「成果名称」）；请使用导入模板',
    },
    field: {
      'sheet-without-title': '第一行没有名称列',
    },
  },
  en: {
    problem: {
      'sheet-without-title':
        'The first row of the sheet must hold the column names, including the title column; use the import template',
    },
    field: {
      'sheet-without-title': 'the first row has no title column',
    },
  },
} as const satisfies ContextMessages;
