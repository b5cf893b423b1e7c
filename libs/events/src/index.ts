export {
  meetingUid,
  renderAgendaCalendar,
  type AgendaCalendar,
  type AgendaEntry,
  type AgendaMethod,
} from './agenda/agenda-calendar.js';
export * from './scheduler/index.js';
