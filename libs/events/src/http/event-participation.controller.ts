import { Body, Get, Header, HttpCode, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  LongTextBody,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  Transition,
  UuidParam,
} from '#http';
import { AgendaService } from '../agenda.service.js';
import {
  AcceptRequestDto,
  CheckInCodeDto,
  DeclineRequestDto,
  MeetingDto,
  MeetingRequestDto,
  OutcomeDto,
  RegisterForEventDto,
  RegistrationDecisionDto,
  RegistrationDto,
  SendRequestDto,
  PairSuggestionDto,
} from '../dto/participation.dto.js';
import { MeetingRequestService } from '../meeting-request.service.js';
import { RegistrationService } from '../registration.service.js';
import { ScheduleService } from '../schedule.service.js';

/**
 * What participants do at an event (and organizers see of it): registrations, suggested pairs from the
 * marketplace's stored matches, meeting requests, meetings, the agenda as `.ics`, the check-in code and
 * meeting outcomes.
 */
@ApiController('events', 'api/v1/events/:id')
export class EventParticipationController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly requests: MeetingRequestService,
    private readonly schedules: ScheduleService,
    private readonly agendas: AgendaService,
  ) {}

  @ReadRoute('registrations', [RegistrationDto], {
    problems: [401, 403, 404],
    description: 'Organizers: all; participants: the approved ones',
  })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.registrations.list(actor, id);
  }

  @CreateRoute('registrations', RegistrationDto, {
    longText: true,
    operation: { summary: 'Register the acting (verified) organization with the postings it brings' },
  })
  register(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: RegisterForEventDto) {
    return this.registrations.register(actor, id, body);
  }

  @Put('registrations/:registrationId/status')
  @ApiOperation({ summary: 'Approve or refuse a registration (organizers)' })
  @ApiOkResponse({ type: RegistrationDto })
  @ProblemResponses(400, 401, 403, 404)
  decide(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('registrationId') registrationId: string,
    @Body() body: RegistrationDecisionDto,
  ) {
    return this.registrations.decide(actor, id, registrationId, body.status);
  }

  @ReadRoute('check-in-code', CheckInCodeDto, {
    problems: [401, 403, 404],
    description: 'The caller’s check-in QR code',
  })
  checkInCode(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.registrations.checkInCode(actor, id);
  }

  @ReadRoute('suggestions', [PairSuggestionDto], {
    problems: [401, 403, 404],
    description: 'Stored matches between participants’ postings, best first',
  })
  suggestions(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.requests.suggestions(actor, id, lang);
  }

  @ReadRoute('meeting-requests', [MeetingRequestDto], { problems: [401, 403, 404] })
  listRequests(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.requests.list(actor, id);
  }

  @CreateRoute('meeting-requests', MeetingRequestDto, {
    operation: { summary: 'Ask another participant for a meeting (accepted at once in automatic mode)' },
  })
  send(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: SendRequestDto) {
    return this.requests.send(actor, id, body);
  }

  @LongTextBody()
  @Transition('meeting-requests/:requestId/accept', MeetingRequestDto, {
    summary: 'Accept a request; where the accepting side picks a slot, with the slot chosen',
    description:
      'In accepting-side events the meeting is placed at once (the first table free then); a slot either side or every table is taken in is a 409.',
  })
  accept(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
    @Body() body: AcceptRequestDto,
  ) {
    return this.requests.accept(actor, id, requestId, body);
  }

  @Transition('meeting-requests/:requestId/decline', MeetingRequestDto)
  decline(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
    @Body() body: DeclineRequestDto,
  ) {
    return this.requests.decline(actor, id, requestId, body);
  }

  @ReadRoute('meetings', [MeetingDto], {
    problems: [401, 403, 404],
    description: 'Organizers: all; participants: their own',
  })
  meetings(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.schedules.meetings(actor, id, lang);
  }

  @Put('meetings/:meetingId/outcome')
  @HttpCode(204)
  @ApiOperation({ summary: 'Record what became of a meeting, for the caller’s side' })
  @ProblemResponses(400, 401, 403, 404, 409)
  outcome(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('meetingId') meetingId: string,
    @Body() body: OutcomeDto,
  ) {
    return this.agendas.recordOutcome(actor, id, meetingId, body);
  }

  @Get('agenda.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The caller’s agenda' })
  @ProblemResponses(401, 403, 404)
  agenda(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.agendas.calendarFor(actor, id);
  }
}
