import { Body, type Type } from '@nestjs/common';
import { CurrentActor, RequestLanguage, StatusStep, Transition, UuidParam } from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import type { Visibility } from '../catalogue/catalogue-posting.entity.js';

/** What a moderated posting's service does for the routes below. */
export interface ModeratedPostings {
  setVisibility(actor: Actor, id: string, visibility: Visibility, lang: Language): Promise<unknown>;
  transition(
    actor: Actor,
    id: string,
    step: 'submit' | 'publish' | 'reject',
    reason: string | undefined,
    lang: Language,
  ): Promise<unknown>;
}

export interface ModerationRouteTypes {
  /** What every route answers: the posting as its owner sees it. */
  dto: Type<unknown>;
  visibilityDto: Type<{ visibility: Visibility }>;
  rejectDto: Type<{ reason: string }>;
  /** The statuses a posting may be submitted from, for the submit route's documentation. */
  submittableFrom: string;
}

/**
 * The routes by which an owner submits a posting and a moderator publishes or rejects it, plus the
 * owner's visibility switch: the same for demands and every catalogue kind, so they are written once as
 * a base class. The controller that extends it names the service (`postings`) and adds its own routes;
 * the review queue stays there, because a GET `review-queue` must be declared before the GET `:id` of
 * the subclass, and Nest registers a subclass's routes before its base's.
 */
export function moderationRoutes(types: ModerationRouteTypes) {
  abstract class ModerationRoutes {
    protected abstract readonly postings: ModeratedPostings;

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
  const prototype = ModerationRoutes.prototype;
  Reflect.defineMetadata(
    'design:paramtypes',
    [Object, String, types.visibilityDto, String],
    prototype,
    'visibility',
  );
  Reflect.defineMetadata('design:paramtypes', [Object, String, types.rejectDto, String], prototype, 'reject');
  return ModerationRoutes;
}
