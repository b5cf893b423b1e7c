import type { ContextMessages } from '#core';

/** The files context's messages (uploads, downloads, limits), joined into the API's translations from its descriptor. */
export const filesMessages = {
  'zh-CN': {
    problem: {
      'file-not-found': '文件不存在',
      'file-type-not-accepted': '只能上传 PDF、Office 文档（docx、xlsx、pptx 等）或图片',
      'file-too-large': '文件过大（每个文件上限 {{mb}} MB）',
      'too-many-files': '文件数量超出上限（最多 {{max}} 个）',
      'multipart-expected': '请以 multipart/form-data 上传文件',
    },
    field: {
      'file-type-not-accepted': '{{name}} 不是 PDF、Office 文档或图片（按文件内容识别）',
      'too-many-files': '最多 {{max}} 个文件',
    },
  },
  en: {
    problem: {
      'file-not-found': 'File not found',
      'file-type-not-accepted': 'Only PDF, Office documents (docx, xlsx, pptx…) and images can be uploaded',
      'file-too-large': 'The file is too large ({{mb}} MB at most per file)',
      'too-many-files': 'Too many files ({{max}} at most)',
      'multipart-expected': 'Upload files as multipart/form-data',
    },
    field: {
      'file-type-not-accepted':
        '{{name}} is not a PDF, an Office document or an image (judged by its content)',
      'too-many-files': 'at most {{max}} files',
    },
  },
} as const satisfies ContextMessages;
