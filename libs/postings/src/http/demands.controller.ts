import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateRoute,
  CurrentActor,
  OptionalActor,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  Transition,
  UpdateRoute,
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

/** Technical problems (技术需求 / 难题) and the public 难题榜. */
@ApiTags('demands')
@ApiBearerAuth()
@Controller('api/v1/demands')
export class DemandsController {
  constructor(private readonly demands: DemandService) {}

  @ReadRoute(undefined, DemandPageDto, {
    public: true,
    problems: [400],
    description: 'Keyset-paginated; confidential demands appear as teasers',
  })
  list(
    @OptionalActor() actor: Actor | null,
    @Query() query: DemandQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.demands.list(actor, query, lang);
  }

  @ReadRoute('review-queue', [DemandSummaryDto], {
    problems: [401, 404],
    description: 'Submitted demands, oldest first (moderators)',
  })
  reviewQueue(@CurrentActor() actor: Actor, @RequestLanguage() lang: Language) {
    return this.demands.reviewQueue(actor, lang);
  }

  @CreateRoute(undefined, DemandDto, {
    longText: true,
    problems: [400, 401],
    description: 'A draft of the acting organization (X-Organization-Id)',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDemandDto, @RequestLanguage() lang: Language) {
    return this.demands.create(actor, body, lang);
  }

  @ReadRoute(':id', DemandDto, { public: true })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.demands.view(actor, id, lang, true);
  }

  @UpdateRoute(':id', DemandDto)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateDemandDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.demands.update(actor, id, body, lang);
  }

  @Transition(':id/visibility', DemandDto, undefined, [400, 401, 403, 404])
  visibility(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: VisibilityDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.demands.setVisibility(actor, id, body.visibility, lang);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Owner: draft or rejected → submitted for review' })
  @ProblemResponses(401, 403, 404, 409)
  submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.demands.transition(actor, id, 'submit', undefined, lang);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Moderator: submitted → published' })
  @ProblemResponses(401, 403, 404, 409)
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.demands.transition(actor, id, 'publish', undefined, lang);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Moderator: submitted → rejected, with the reason' })
  @ProblemResponses(400, 401, 403, 404, 409)
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: RejectDemandDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.demands.transition(actor, id, 'reject', body.reason, lang);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Owner: published → in_progress' })
  @ProblemResponses(401, 403, 404, 409)
  start(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.demands.transition(actor, id, 'start', undefined, lang);
  }

  @Post(':id/solve')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Owner: published or in_progress → solved' })
  @ProblemResponses(401, 403, 404, 409)
  solve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.demands.transition(actor, id, 'solve', undefined, lang);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: DemandDto, description: 'Owner: withdraw the demand' })
  @ProblemResponses(400, 401, 403, 404, 409)
  close(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CloseDemandDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.demands.transition(actor, id, 'close', body.reason, lang);
  }
}
