import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { NotificationsModule } from '#notifications';
import { AgendaPdfService } from './agenda-pdf.service.js';
import { AgendaService } from './agenda.service.js';
import { EventExportService } from './event-export.service.js';
import { EventNotifier } from './event-notifier.js';
import { EventReminderService } from './event-reminder.service.js';
import { EventInvitationService } from './invitation.service.js';
import { LiveBoardService } from './live-board.service.js';
import { EventService } from './event.service.js';
import { MeetingRequestService } from './meeting-request.service.js';
import { RoadshowService } from './roadshow.service.js';
import { RegistrationService } from './registration.service.js';
import { ScheduleService } from './schedule.service.js';

/** The context's services, provided and exported alike: the api's controllers and the worker's processor use them. */
const SERVICES = [
  EventService,
  RegistrationService,
  MeetingRequestService,
  ScheduleService,
  AgendaService,
  EventNotifier,
  EventReminderService,
  EventExportService,
  EventInvitationService,
  AgendaPdfService,
  RoadshowService,
  LiveBoardService,
];

/** Matchmaking events (对接会、路演): set-up, registrations, requests, the schedule, agendas, check-in, outcomes. */
@Module({
  imports: [IdentityModule, MatchingModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class EventsModule {}
