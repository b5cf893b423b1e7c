import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { AgendaProcessor } from './jobs/agenda.processor.js';
import { EventCheckIn } from './domain/check-in.entity.js';
import { EventInvitation } from './domain/invitation.entity.js';
import { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
import { MeetingRequest } from './domain/meeting-request.entity.js';
import { MeetingSeat } from './domain/meeting-seat.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { RoadshowMark, RoadshowPitch } from './domain/roadshow.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import { EventReminder } from './domain/reminder.entity.js';
import { EventsConfig } from './events.config.js';
import { eventsMessages } from './events.messages.js';
import { EventsModule } from './events.module.js';
import { EventsController } from './http/events.controller.js';
import { EventAgendaPdfController } from './http/event-agenda-pdf.controller.js';
import { EventInvitationsController } from './http/event-invitations.controller.js';
import { EventRoadshowController } from './http/event-roadshow.controller.js';
import { EventParticipationController } from './http/event-participation.controller.js';

/** The events context as the api, the worker and the data source see it. */
export const eventsContext: BoundedContext = {
  name: 'events',
  module: EventsModule,
  entities: [
    MatchmakingEvent,
    EventRegistration,
    MeetingRequest,
    EventMeeting,
    MeetingSeat,
    EventCheckIn,
    EventMeetingOutcome,
    EventInvitation,
    RoadshowPitch,
    RoadshowMark,
    EventReminder,
  ],
  controllers: [
    EventsController,
    EventParticipationController,
    EventInvitationsController,
    EventAgendaPdfController,
    EventRoadshowController,
  ],
  processors: [AgendaProcessor],
  routes: {
    [EventType.EventAgendaPublished]: [JobName.SendEventAgendas],
    [EventType.EventMeetingChanged]: [JobName.NotifyEventMeetingChange],
    [EventType.EventCancelled]: [JobName.NotifyEventCancelled],
    [EventType.EventInvitationCreated]: [JobName.SendEventInvitation],
    [EventType.EventReminderDue]: [JobName.SendEventReminder],
  } satisfies EventRoutes,
  messages: eventsMessages,
  config: EventsConfig,
};
