import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, LongTextBody, ProblemResponses, UuidParam } from '#http';
import type { Actor } from '#identity';
import {
  CreateVisitDto,
  DraftDemandFromVisitDto,
  ServiceRecordQueryDto,
  VisitDto,
} from '../dto/visit.dto.js';
import { VisitService } from '../visit.service.js';

/** 走访档案: visits to enterprises by service organizations and 科技特派员. Rules in docs/SERVICES.md. */
@ApiTags('services')
@ApiBearerAuth()
@Controller('api/v1/visits')
export class VisitsController {
  constructor(private readonly visits: VisitService) {}

  @Get()
  @ApiOkResponse({
    type: [VisitDto],
    description:
      'Visits the acting organization kept or received, and those the caller wrote; newest first, at most 200',
  })
  @ProblemResponses(400, 401)
  list(@CurrentActor() actor: Actor, @Query() query: ServiceRecordQueryDto) {
    return this.visits.list(actor, query);
  }

  @Post()
  @LongTextBody()
  @ApiOperation({
    summary: 'Record a visit',
    description:
      'For the acting service organization, or (naming a dispatch) for the society that dispatched the caller',
  })
  @ApiCreatedResponse({ type: VisitDto })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: Actor, @Body() body: CreateVisitDto) {
    return this.visits.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: VisitDto })
  @ProblemResponses(401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.visits.get(actor, id);
  }

  @Post(':id/draft-demands')
  @LongTextBody()
  @ApiOperation({
    summary: 'Turn a need found on the visit into a draft demand of the enterprise',
    description: 'The demand stays a draft of the enterprise until its own members submit it.',
  })
  @ApiCreatedResponse({ type: VisitDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  draftDemand(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: DraftDemandFromVisitDto,
  ) {
    return this.visits.draftDemand(actor, id, body);
  }
}
