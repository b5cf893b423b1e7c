import { Body, Query, type Type } from '@nestjs/common';
import {
  CurrentActor,
  OptionalActor,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  Transition,
  UpdateRoute,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import type { Visibility } from '../catalogue/catalogue-posting.entity.js';

/** What a posting kind's service does for the routes below. */
export interface PostingRoutesService {
  list(actor: Actor | null, query: object, lang: Language): Promise<unknown>;
  view(actor: Actor | null, id: string, lang: Language, countView: boolean): Promise<unknown>;
  update(actor: Actor, id: string, body: object, lang: Language): Promise<unknown>;
  setVisibility(actor: Actor, id: string, visibility: Visibility, lang: Language): Promise<unknown>;
  transition(
    actor: Actor,
    id: string,
    step: 'submit' | 'publish' | 'reject',
    reason: string | undefined,
    lang: Language,
  ): Promise<unknown>;
}

export interface PostingRouteTypes {
  /** What a read, an edit or a step answers: the posting as the caller may see it. */
  dto: Type<unknown>;
  pageDto: Type<unknown>;
  queryDto: Type<unknown>;
  updateDto: Type<unknown>;
  /** The kind in the plural (`demands`), or `postings` where the routes serve several kinds. */
  plural: string;
  visibilityDto: Type<{ visibility: Visibility }>;
  rejectDto: Type<{ reason: string }>;
  /** The statuses a posting may be submitted from, for the submit route's documentation. */
  submittableFrom: string;
}

/**
 * The routes demands and every catalogue kind share — the public list and read, the owner's edit and
 * visibility switch, submitting for review and a moderator's publish or reject — written once as a base
 * class. The controller that extends it names the service (`postings`) and adds its kind's own routes:
 * creation and the steps after publication, and the review queue, whose GET `review-queue` must come
 * before the GET `:id` here (Nest registers a subclass's routes before its base's).
 */
export function postingRoutes(types: PostingRouteTypes) {
  abstract class PostingRoutes {
    protected abstract readonly postings: PostingRoutesService;

    @ReadRoute(undefined, types.pageDto, {
      public: true,
      problems: [400],
      description: `Keyset-paginated; confidential ${types.plural} appear as teasers`,
    })
    list(@OptionalActor() actor: Actor | null, @Query() query: object, @RequestLanguage() lang: Language) {
      return this.postings.list(actor, query, lang);
    }

    @ReadRoute(':id', types.dto, { public: true })
    get(
      @OptionalActor() actor: Actor | null,
      @UuidParam('id') id: string,
      @RequestLanguage() lang: Language,
    ) {
      return this.postings.view(actor, id, lang, true);
    }

    @UpdateRoute(':id', types.dto, { body: types.updateDto })
    update(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @Body() body: object,
      @RequestLanguage() lang: Language,
    ) {
      return this.postings.update(actor, id, body, lang);
    }

    @Transition(':id/visibility', types.dto, undefined, [400, 401, 403, 404])
    visibility(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @Body() body: { visibility: Visibility },
      @RequestLanguage() lang: Language,
    ) {
      return this.postings.setVisibility(actor, id, body.visibility, lang);
    }

    @StatusStep(':id/submit', types.dto, `Owner: ${types.submittableFrom} → submitted for review`)
    submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
      return this.postings.transition(actor, id, 'submit', undefined, lang);
    }

    @StatusStep(':id/publish', types.dto, 'Moderator: submitted → published')
    publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
      return this.postings.transition(actor, id, 'publish', undefined, lang);
    }

    @StatusStep(
      ':id/reject',
      types.dto,
      'Moderator: submitted → rejected, with the reason',
      [400, 401, 403, 404, 409],
    )
    reject(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @Body() body: { reason: string },
      @RequestLanguage() lang: Language,
    ) {
      return this.postings.transition(actor, id, 'reject', body.reason, lang);
    }
  }

  // The body classes, as the global ValidationPipe and the OpenAPI document read them.
  const prototype = PostingRoutes.prototype;
  Reflect.defineMetadata('design:paramtypes', [Object, types.queryDto, String], prototype, 'list');
  Reflect.defineMetadata('design:paramtypes', [Object, String, types.updateDto, String], prototype, 'update');
  Reflect.defineMetadata(
    'design:paramtypes',
    [Object, String, types.visibilityDto, String],
    prototype,
    'visibility',
  );
  Reflect.defineMetadata('design:paramtypes', [Object, String, types.rejectDto, String], prototype, 'reject');
  return PostingRoutes;
}
