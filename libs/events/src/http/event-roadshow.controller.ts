import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#identity';
import { CurrentActor, ProblemResponses, UuidParam } from '#http';
import {
  MarkProjectDto,
  RoadshowMarkDto,
  RoadshowPitchDto,
  RoadshowRankingDto,
  SetRoadshowProgrammeDto,
} from '../dto/roadshow.dto.js';
import { RoadshowService } from '../roadshow.service.js';

/** 路演 of an event of kind `roadshow` or `both`: the programme, investors' marks, the ranking (docs/EVENTS.md). */
@ApiTags('events')
@ApiBearerAuth()
@Controller('api/v1/events/:id/roadshow')
export class EventRoadshowController {
  constructor(private readonly roadshows: RoadshowService) {}

  @Get()
  @ApiOperation({
    summary: 'The roadshow programme in pitching order (organizers and approved participants)',
  })
  @ApiOkResponse({ type: [RoadshowPitchDto] })
  @ProblemResponses(401, 403, 404, 409)
  programme(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.roadshows.programme(actor, id);
  }

  @Put()
  @ApiOperation({
    summary: 'Set the programme (organizers, until the event ends)',
    description: 'Replaces it: published projects the approved participants brought, in pitching order.',
  })
  @ApiOkResponse({ type: [RoadshowPitchDto] })
  @ProblemResponses(400, 401, 403, 404, 409)
  setProgramme(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: SetRoadshowProgrammeDto,
  ) {
    return this.roadshows.setProgramme(actor, id, body);
  }

  @Put(':projectId/mark')
  @ApiOperation({
    summary:
      'Mark a pitched project 感兴趣 / 约谈 / 不感兴趣 (investor participants, while running or just finished)',
    description:
      'Creates or updates the project ↔ financing-offer match; 约谈 proposes a follow-up meeting request. The last mark wins.',
  })
  @ApiOkResponse({ type: RoadshowMarkDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  mark(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('projectId') projectId: string,
    @Body() body: MarkProjectDto,
  ) {
    return this.roadshows.mark(actor, id, projectId, body);
  }

  @Get('ranking')
  @ApiOperation({ summary: 'The programme’s projects ranked by their marks (organizers)' })
  @ApiOkResponse({ type: [RoadshowRankingDto] })
  @ProblemResponses(401, 403, 404, 409)
  ranking(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.roadshows.ranking(actor, id);
  }
}
