import type { ContextMessages } from '#core';

/** Messages of reporting (libs/reporting), joined into the API's translations from its descriptor. */
export const reportingMessages = {
  'zh-CN': {
    problem: {
      'report-not-found': '报送不存在',
      'not-report-manager': '只有本机构的所有者或管理员可以报送或审阅',
      'report-not-submittable': '只有草稿或被退回的报送可以提交',
      'report-not-under-review': '只有已提交、待审阅的报送可以退回或采纳',
      'no-report-recipient': '没有可报送的上级单位（上级科协或科技局尚未入驻）',
    },
    field: {
      'period-index-required': '请选择月份或季度',
      'period-index-out-of-range': '月份应为 1–12，季度应为 1–4',
      'period-not-started': '报送期间尚未开始',
      'case-not-in-period': '典型案例应为本期本范围内计入技术合同成交额的合同',
    },
  },
  en: {
    problem: {
      'report-not-found': 'Report not found',
      'not-report-manager': 'Only an owner or admin of your organization submits or reviews reports',
      'report-not-submittable': 'Only a draft or a returned report can be submitted',
      'report-not-under-review': 'Only a submitted report awaiting review can be returned or accepted',
      'no-report-recipient': 'There is no organizer above your scope to report to yet',
    },
    field: {
      'period-index-required': 'choose the month or the quarter',
      'period-index-out-of-range': 'a month is 1–12, a quarter 1–4',
      'period-not-started': 'the period has not started yet',
      'case-not-in-period': 'must be a technology contract counted in the period and scope',
    },
  },
} as const satisfies ContextMessages;
