import type { FeatureMessages } from '../feature';
import type { servicesZhCN } from './i18n.zh-CN';

/** English strings of 服务记录 (services); the type makes the compiler reject a missing or extra key. */
export const servicesEn: FeatureMessages<typeof servicesZhCN> = {
  services: {
    menu: 'Service records',
    title: 'Service records',
    subtitle:
      'Enterprise visits, service logs and follow-up tasks; a need found on a visit can become a draft demand of the enterprise, for it to submit.',
    tabs: { visits: 'Visits', logs: 'Service logs', tasks: 'Follow-up tasks' },
    noOrganization: 'Act for a service agency or a society to keep service records.',
    enterprise: 'Enterprise',
    enterpriseId: 'Enterprise',
    visit: {
      record: 'Record a visit',
      visitedOn: 'Visited on',
      place: 'Place',
      peopleMet: 'People met',
      personName: 'Name',
      personTitle: 'Position',
      addPerson: 'Add a person',
      findings: 'Findings',
      needs: 'Needs found',
      needTitle: 'Need in a line',
      needDescription: 'Description',
      addNeed: 'Add a need',
      recorded: 'Visit recorded',
      toDemand: 'Turn into a draft demand',
      drafted: 'Draft demand created',
      draftTitle: 'Draft demand of the enterprise',
      draftHint: 'The draft belongs to the enterprise; its members review and submit it.',
    },
    log: {
      record: 'Record service',
      servedOn: 'Served on',
      task: 'Task',
      hours: 'Hours',
      result: 'Result',
      recorded: 'Service log recorded',
    },
    task: {
      add: 'Add a follow-up task',
      title: 'Task',
      dueOn: 'Due on',
      status: 'Status',
      open: 'Open',
      done: 'Done',
      overdue: 'Overdue',
      close: 'Close',
      closed: 'Task closed',
      created: 'Follow-up task added',
    },
  },
};
