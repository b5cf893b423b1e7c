import { Body, Post, type Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse } from '@nestjs/swagger';
import {
  ApiController,
  CurrentActor,
  LongTextBody,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { CatalogueVisibilityDto, RejectPostingDto } from '../dto/catalogue.dto.js';
import type { CatalogueService } from '../catalogue/catalogue.service.js';
import { postingRoutes } from './posting-routes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the factory serves every kind's generic service
type AnyCatalogueService = CatalogueService<any, any, any, any, any>;

export interface CatalogueRoutes {
  /** The kind's route prefix under /api/v1 (`demands`, `achievements`, …), which is also its OpenAPI tag. */
  path: string;
  service: Type<AnyCatalogueService>;
  createDto: Type<unknown>;
  updateDto: Type<unknown>;
  queryDto: Type<unknown>;
  dto: Type<unknown>;
  summaryDto: Type<unknown>;
  pageDto: Type<unknown>;
  /** Who publishes this kind, for the create route's documentation. */
  owners: string;
}

/**
 * The HTTP surface every catalogue kind shares: the posting routes it has in common with demands, plus
 * creation, the review queue and archiving. A factory, so that each kind is one declaration instead of
 * one more copy of the same ten routes; the body classes are set as the routes' parameter types so the
 * global ValidationPipe and the OpenAPI document see each kind's own DTOs.
 */
export function catalogueController(routes: CatalogueRoutes): Type<unknown> {
  @ApiController(routes.path, `api/v1/${routes.path}`)
  class CatalogueController extends postingRoutes({
    dto: routes.dto,
    pageDto: routes.pageDto,
    queryDto: routes.queryDto,
    updateDto: routes.updateDto,
    plural: 'postings',
    visibilityDto: CatalogueVisibilityDto,
    rejectDto: RejectPostingDto,
    submittableFrom: 'draft, rejected or archived',
  }) {
    constructor(protected readonly postings: AnyCatalogueService) {
      super();
    }

    @ReadRoute('review-queue', [routes.summaryDto], {
      problems: [401, 404],
      description: 'Submitted postings, oldest first (moderators)',
    })
    reviewQueue(@CurrentActor() actor: Actor, @RequestLanguage() lang: Language) {
      return this.postings.reviewQueue(actor, lang);
    }

    @Post()
    @LongTextBody()
    @ApiBody({ type: routes.createDto })
    @ApiCreatedResponse({
      type: routes.dto,
      description: `A draft of the acting organization (${routes.owners})`,
    })
    @ProblemResponses(400, 401, 403)
    create(@CurrentActor() actor: Actor, @Body() body: object, @RequestLanguage() lang: Language) {
      return this.postings.create(actor, body, lang);
    }

    @StatusStep(':id/archive', routes.dto, 'Owner: withdraw the posting from the catalogue')
    archive(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
      return this.postings.transition(actor, id, 'archive', undefined, lang);
    }
  }

  const prototype = CatalogueController.prototype;
  Reflect.defineMetadata('design:paramtypes', [Object, routes.createDto, String], prototype, 'create');
  Reflect.defineMetadata('design:paramtypes', [routes.service], CatalogueController);
  Object.defineProperty(CatalogueController, 'name', { value: `${routes.path}Controller` });
  return CatalogueController;
}
