export {
  meetingUid,
  renderAgendaCalendar,
  type AgendaCalendar,
  type AgendaEntry,
  type AgendaMethod,
} from './agenda/agenda-calendar.js';
export * from './scheduler/index.js';
export * from './domain/event-terms.js';
export { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
export { EventRegistration, type Attendee } from './domain/registration.entity.js';
export { MeetingRequest } from './domain/meeting-request.entity.js';
export { EventMeeting } from './domain/meeting.entity.js';
export { MeetingSeat } from './domain/meeting-seat.entity.js';
export { EventCheckIn } from './domain/check-in.entity.js';
export { EventInvitation } from './domain/invitation.entity.js';
export { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
export { RoadshowMark, RoadshowPitch } from './domain/roadshow.entity.js';
export { EventsModule } from './events.module.js';
export { eventsContext } from './events.context.js';
export { AgendaService } from './agenda.service.js';
export { EventNotifier } from './event-notifier.js';
export { EventInvitationService } from './invitation.service.js';
export { EventReminder } from './domain/reminder.entity.js';
export { EventReminderService, type EventReminderOutcome } from './event-reminder.service.js';
export { EventsConfig } from './events.config.js';
