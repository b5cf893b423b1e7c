import { Body, type Type } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, Transition, UuidParam } from '#http';
import type { Actor } from '#identity';
import { PostingAccessService, type HasAccessTarget } from '../access/posting-access.service.js';
import {
  AccessRequestDto,
  AccessRequestInputDto,
  OwnAccessRequestDto,
  RefuseAccessDto,
} from '../dto/demand.dto.js';

export interface AccessRequestRoutes {
  /** The kind's route prefix under /api/v1 (`demands`, `achievements`, …), which is also its OpenAPI tag. */
  path: string;
  /** The kind's posting service, which says what the access flow may see and who decides. */
  service: Type<HasAccessTarget>;
  /** The kind's name in the route descriptions. */
  noun: string;
}

/**
 * The access-request routes of one kind of posting (teaser → request with NDA → grant, refuse, revoke):
 * `/{path}/{id}/access-requests[/{requestId}/grant|refuse|revoke]`. A factory, so every confidential kind
 * offers the same routes over one service and one table.
 */
export function accessRequestsController(routes: AccessRequestRoutes): Type<unknown> {
  @ApiController(routes.path, `api/v1/${routes.path}`)
  class AccessRequestsController {
    constructor(
      readonly postings: HasAccessTarget,
      readonly access: PostingAccessService,
    ) {}

    @CreateRoute(':id/access-requests', OwnAccessRequestDto, {
      description: `A verified organization asks to read a confidential ${routes.noun}, accepting its NDA`,
    })
    requestAccess(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @Body() body: AccessRequestInputDto,
    ) {
      return this.access.request(actor, this.postings.accessTarget, id, body);
    }

    @ReadRoute(':id/access-requests', [AccessRequestDto], {
      problems: [401, 403, 404],
      description: `The ${routes.noun}'s requests (its owner)`,
    })
    accessRequests(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
      return this.access.list(actor, this.postings.accessTarget, id);
    }

    @Transition(':id/access-requests/:requestId/grant', AccessRequestDto, undefined, [401, 403, 404, 409])
    grant(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @UuidParam('requestId') requestId: string,
    ) {
      return this.access.decide(actor, this.postings.accessTarget, id, requestId, 'grant');
    }

    @Transition(':id/access-requests/:requestId/refuse', AccessRequestDto)
    refuse(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @UuidParam('requestId') requestId: string,
      @Body() body: RefuseAccessDto,
    ) {
      return this.access.decide(actor, this.postings.accessTarget, id, requestId, 'refuse', body.reason);
    }

    @Transition(':id/access-requests/:requestId/revoke', AccessRequestDto, undefined, [401, 403, 404, 409])
    revoke(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @UuidParam('requestId') requestId: string,
    ) {
      return this.access.decide(actor, this.postings.accessTarget, id, requestId, 'revoke');
    }
  }

  Reflect.defineMetadata(
    'design:paramtypes',
    [routes.service, PostingAccessService],
    AccessRequestsController,
  );
  Object.defineProperty(AccessRequestsController, 'name', { value: `${routes.path}AccessController` });
  return AccessRequestsController;
}
