import type { ContextMessages } from '#core';

/** Messages of service work (libs/services), joined into the API's translations from its descriptor. */
export const servicesMessages = {
  'zh-CN': {
    problem: {
      'not-a-service-organization': '只有服务机构（学会、服务机构）可以记录服务，请切换到服务机构',
      'not-society-manager': '只有学会的所有者或管理员可以派驻专家',
      'visit-not-found': '走访记录不存在',
      'service-log-not-found': '服务日志不存在',
      'dispatch-not-found': '派驻记录不存在',
      'task-not-found': '跟进任务不存在',
      'need-already-drafted': '该需求已生成需求草稿',
      'already-rated': '本机构已评价过该项服务',
    },
    field: {
      'dispatch-not-yours': '派驻不存在，或您不是其派驻专家或学会成员',
      'not-an-enterprise': '应为已登记的企业',
      'outside-dispatch': '该企业不在派驻的服务范围内',
      'visit-not-of-record': '走访记录不存在，或不是本机构对该企业的走访',
      'need-not-found': '走访记录中没有这一项需求',
      'one-target-required': '请在服务企业和服务地区中选择一项',
      'before-start': '不能早于开始日期',
      'expert-not-of-society': '只能派驻本学会的专家',
      'date-in-past': '不能早于今天',
      'after-due-date': '提醒时间不能晚于到期日',
      'meeting-unavailable': '暂不支持跟进对接会洽谈',
      'target-not-yours': '对象不存在，或本机构不是其一方',
      'not-a-member': '应为本机构成员',
      'not-yours-to-rate': '只能评价本企业接受的服务或已确认的成交',
    },
  },
  en: {
    problem: {
      'not-a-service-organization':
        'Only service organizations (societies, service agencies) record service work; act for one',
      'not-society-manager': 'Only an owner or admin of the society can dispatch experts',
      'visit-not-found': 'Visit not found',
      'service-log-not-found': 'Service log not found',
      'dispatch-not-found': 'Dispatch not found',
      'task-not-found': 'Task not found',
      'need-already-drafted': 'A draft demand was already made of this need',
      'already-rated': 'Your organization has already rated this',
    },
    field: {
      'dispatch-not-yours': 'does not exist, or you are neither its expert nor a member of its society',
      'not-an-enterprise': 'must be a registered enterprise',
      'outside-dispatch': 'is outside the enterprise or region of the dispatch',
      'visit-not-of-record': 'must be your organization’s visit to the same enterprise',
      'need-not-found': 'the visit has no such need',
      'one-target-required': 'give either an enterprise or a region',
      'before-start': 'must not be before the start date',
      'expert-not-of-society': 'only the society’s own experts can be dispatched',
      'date-in-past': 'must not be before today',
      'after-due-date': 'must not be after the due date',
      'meeting-unavailable': 'event meetings cannot be followed up yet',
      'target-not-yours': 'does not exist or your organization is not a party of it',
      'not-a-member': 'must be a member of your organization',
      'not-yours-to-rate': 'only a service your enterprise received or a confirmed deal it is party of',
    },
  },
} as const satisfies ContextMessages;
