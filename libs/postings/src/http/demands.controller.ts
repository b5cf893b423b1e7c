import { Body } from '@nestjs/common';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  CloseDemandDto,
  CreateDemandDto,
  DemandDto,
  DemandPageDto,
  DemandQueryDto,
  DemandSummaryDto,
  RejectDemandDto,
  UpdateDemandDto,
  VisibilityDto,
} from '../dto/demand.dto.js';
import { DemandService } from '../demands/demand.service.js';
import { postingRoutes } from './posting-routes.js';

/** Technical problems (技术需求 / 难题) and the public 难题榜. */
@ApiController('demands', 'api/v1/demands')
export class DemandsController extends postingRoutes({
  dto: DemandDto,
  pageDto: DemandPageDto,
  queryDto: DemandQueryDto,
  updateDto: UpdateDemandDto,
  plural: 'demands',
  visibilityDto: VisibilityDto,
  rejectDto: RejectDemandDto,
  submittableFrom: 'draft or rejected',
}) {
  constructor(protected readonly postings: DemandService) {
    super();
  }

  @ReadRoute('review-queue', [DemandSummaryDto], {
    problems: [401, 404],
    description: 'Submitted demands, oldest first (moderators)',
  })
  reviewQueue(@CurrentActor() actor: Actor, @RequestLanguage() lang: Language) {
    return this.postings.reviewQueue(actor, lang);
  }

  @CreateRoute(undefined, DemandDto, {
    longText: true,
    problems: [400, 401],
    description: 'A draft of the acting organization (X-Organization-Id)',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDemandDto, @RequestLanguage() lang: Language) {
    return this.postings.create(actor, body, lang);
  }

  @StatusStep(':id/start', DemandDto, 'Owner: published → in_progress')
  start(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.postings.transition(actor, id, 'start', undefined, lang);
  }

  @StatusStep(':id/solve', DemandDto, 'Owner: published or in_progress → solved')
  solve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.postings.transition(actor, id, 'solve', undefined, lang);
  }

  @StatusStep(':id/close', DemandDto, 'Owner: withdraw the demand', [400, 401, 403, 404, 409])
  close(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CloseDemandDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.postings.transition(actor, id, 'close', body.reason, lang);
  }
}
