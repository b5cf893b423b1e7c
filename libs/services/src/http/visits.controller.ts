import { Body, Query } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, UuidParam } from '#http';
import type { Actor } from '#identity';
import {
  CreateVisitDto,
  DraftDemandFromVisitDto,
  ServiceRecordQueryDto,
  VisitDto,
} from '../dto/visit.dto.js';
import { VisitService } from '../visit.service.js';

/** 走访档案: visits to enterprises by service organizations and 科技特派员. Rules in docs/SERVICES.md. */
@ApiController('services', 'api/v1/visits')
export class VisitsController {
  constructor(private readonly visits: VisitService) {}

  @ReadRoute(undefined, [VisitDto], {
    problems: [400, 401],
    description:
      'Visits the acting organization kept or received, and those the caller wrote; newest first, at most 200',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ServiceRecordQueryDto) {
    return this.visits.list(actor, query);
  }

  @CreateRoute(undefined, VisitDto, {
    longText: true,
    problems: [400, 401, 403],
    operation: {
      summary: 'Record a visit',
      description:
        'For the acting service organization, or (naming a dispatch) for the society that dispatched the caller',
    },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateVisitDto) {
    return this.visits.create(actor, body);
  }

  @ReadRoute(':id', VisitDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.visits.get(actor, id);
  }

  @CreateRoute(':id/draft-demands', VisitDto, {
    longText: true,
    operation: {
      summary: 'Turn a need found on the visit into a draft demand of the enterprise',
      description: 'The demand stays a draft of the enterprise until its own members submit it.',
    },
  })
  draftDemand(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: DraftDemandFromVisitDto,
  ) {
    return this.visits.draftDemand(actor, id, body);
  }
}
