import { Body, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '#identity';
import {
  ApiController,
  attachment,
  CreateRoute,
  CurrentActor,
  FileDownload,
  OptionalActor,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  Transition,
  UpdateRoute,
  UuidParam,
  XLSX_TYPE,
} from '#http';
import type { Language } from '#core';
import { AgendaService } from '../agenda.service.js';
import {
  CreateEventDto,
  EventDto,
  EventListQueryDto,
  TransitionEventDto,
  UpdateEventDto,
} from '../dto/event.dto.js';
import {
  CheckInDto,
  EventCountsDto,
  MeetingDto,
  MoveMeetingDto,
  RegistrationDto,
  ScheduleRunDto,
  WalkInMeetingDto,
} from '../dto/participation.dto.js';
import { LiveBoardDto, LiveBoardQueryDto } from '../dto/live-board.dto.js';
import { EventExportService } from '../event-export.service.js';
import { LiveBoardService } from '../live-board.service.js';
import { EventService } from '../event.service.js';
import { RegistrationService } from '../registration.service.js';
import { ScheduleService } from '../schedule.service.js';

/**
 * 对接会 / 路演: events as everyone finds them, and what their organizers (the organizer organization and
 * its co-organizers) do: set-up, lifecycle, the schedule, publishing the agenda, check-in and counts.
 * Rules in docs/EVENTS.md.
 */
@ApiController('events', 'api/v1/events')
export class EventsController {
  constructor(
    private readonly events: EventService,
    private readonly schedules: ScheduleService,
    private readonly agendas: AgendaService,
    private readonly registrations: RegistrationService,
    private readonly exports: EventExportService,
    private readonly liveBoard: LiveBoardService,
  ) {}

  @ReadRoute(undefined, [EventDto], {
    public: true,
    problems: [400],
    description: 'Published events, newest first; the caller’s drafts besides; narrowed by the filters',
  })
  list(@OptionalActor() actor: Actor | null, @Query() query: EventListQueryDto) {
    return this.events.list(actor, query);
  }

  @CreateRoute(undefined, EventDto, {
    longText: true,
    problems: [400, 401, 403],
    operation: { summary: 'Create an event (organizer organizations only); it starts as a draft' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEventDto) {
    return this.events.create(actor, body);
  }

  @ReadRoute(':id', EventDto, { public: true })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string) {
    return this.events.get(actor, id);
  }

  @UpdateRoute(':id', EventDto, { problems: [400, 401, 403, 404, 409] })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: UpdateEventDto) {
    return this.events.update(actor, id, body);
  }

  @Transition(
    ':id/status',
    EventDto,
    { summary: 'Move the event one step along draft → published → … → archived' },
    [400, 401, 403, 404],
  )
  transition(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: TransitionEventDto) {
    return this.events.transition(actor, id, body);
  }

  @Transition(
    ':id/cancel',
    EventDto,
    {
      summary: 'Cancel the event (organizers)',
      description:
        'Its meetings are cancelled and every participant is told, with an .ics that cancels its meetings (METHOD:CANCEL).',
    },
    [401, 403, 404, 409],
  )
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.events.cancel(actor, id);
  }

  @Transition(
    ':id/schedule',
    ScheduleRunDto,
    {
      summary: 'Run the scheduler over the accepted meetings',
      description:
        'Answers what it placed, what it could not place and why, and the upper bound. Re-runs move as few meetings as they can.',
    },
    [401, 403, 404, 409],
  )
  schedule(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.schedules.run(actor, id, lang);
  }

  @UpdateRoute(':id/meetings/:meetingId', MeetingDto, {
    problems: [400, 401, 403, 404, 409],
    operation: { summary: 'Move a meeting to a slot and table (pinned unless pinned is false)' },
  })
  move(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('meetingId') meetingId: string,
    @Body() body: MoveMeetingDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.schedules.move(actor, id, meetingId, body, lang);
  }

  @Transition(':id/meetings/:meetingId/cancel', MeetingDto, {
    summary: 'Call a meeting off (organizers, or either of its two sides)',
    description:
      'Frees both sides’ seats and caps; once the agenda went out, both sides are told with an .ics that cancels the entry.',
  })
  cancelMeeting(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('meetingId') meetingId: string,
    @RequestLanguage() lang: Language,
  ) {
    return this.schedules.cancelMeeting(actor, id, meetingId, lang);
  }

  @CreateRoute(':id/meetings', MeetingDto, {
    longText: true,
    operation: {
      summary: 'Add a walk-in meeting on the spot (organizers)',
      description:
        'Between two approved participants, placed and pinned at once at the table given or the first free one.',
    },
  })
  addWalkIn(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: WalkInMeetingDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.schedules.addWalkIn(actor, id, body, lang);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the agenda: each participant is emailed its agenda with an .ics' })
  @ApiOkResponse({ schema: { properties: { id: { type: 'string' }, agendaVersion: { type: 'integer' } } } })
  @ProblemResponses(401, 403, 404, 409)
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.agendas.publish(actor, id);
  }

  @Transition(':id/check-in', RegistrationDto, {
    summary: 'Check a participant in by its QR code’s token or by hand, or a walk-in organization',
  })
  checkIn(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: CheckInDto) {
    return this.registrations.checkIn(actor, id, body);
  }

  @ReadRoute(':id/dashboard', EventCountsDto, { problems: [401, 403, 404] })
  dashboard(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.agendas.counts(actor, id);
  }

  @ReadRoute(':id/live', LiveBoardDto, {
    problems: [400, 401, 403, 404],
    operation: {
      summary:
        'The live board on the day (organizers): running meetings by table, free tables now and next, check-ins',
    },
  })
  live(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: LiveBoardQueryDto) {
    return this.liveBoard.board(actor, id, query.at ? new Date(query.at) : undefined);
  }

  @FileDownload(':id/export', [XLSX_TYPE], {
    summary: 'Excel export of the event (organizers): participants, schedule and outcomes, one sheet each',
    description: 'The workbook',
    problems: [401, 403, 404],
  })
  async export(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    const { title, file } = await this.exports.workbook(actor, id, lang);
    return attachment(file, XLSX_TYPE, `event-${id}.xlsx`, `${title}.xlsx`);
  }
}
