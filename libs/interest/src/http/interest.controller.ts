import { Body, Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { NotFoundError, type Language } from '#core';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  DeleteRoute,
  ReadRoute,
  RequestLanguage,
  UuidParam,
} from '#http';
import type { Actor } from '#identity';
import {
  BlockOrganizationDto,
  ExpressInterestDto,
  InterestBlockDto,
  InterestDto,
  InterestReportDto,
} from '../dto/interest.dto.js';
import { InterestBlockService } from '../interest-block.service.js';
import { INTEREST_PATHS, type InterestKind } from '../interest-kinds.js';
import { InterestService } from '../interest.service.js';

const KIND_OF_PATH = new Map(
  Object.entries(INTEREST_PATHS).map(([kind, path]) => [path, kind as InterestKind]),
);

/** 我要对接 on any listing, and the blocks and reports owners answer unwanted ones with. */
@ApiController('interest', 'api/v1')
export class InterestController {
  constructor(
    private readonly interests: InterestService,
    private readonly blocks: InterestBlockService,
  ) {}

  @CreateRoute(':kind/:id/interest', InterestDto, {
    problems: [400, 401, 403, 404, 409, 429],
    description:
      'A verified organization (X-Organization-Id) tells the owner it wants to work with them: the message ' +
      'opens or continues their thread; limited per organization and day (429 with Retry-After)',
  })
  @ApiParam({ name: 'kind', enum: Object.values(INTEREST_PATHS) })
  express(
    @CurrentActor() actor: Actor,
    @Param('kind') path: string,
    @UuidParam('id') id: string,
    @Body() body: ExpressInterestDto,
    @RequestLanguage() lang: Language,
  ) {
    const kind = KIND_OF_PATH.get(path);
    if (!kind) throw new NotFoundError('route-not-found');
    return this.interests.express(actor, kind, id, body, lang);
  }

  @ReadRoute('interest-blocks', [InterestBlockDto], {
    problems: [400, 401],
    description: 'Organizations the acting organization refuses',
  })
  listBlocks(@CurrentActor() actor: Actor) {
    return this.blocks.list(actor);
  }

  @CreateRoute('interest-blocks', InterestBlockDto, {
    problems: [400, 401, 403, 409],
    description: 'The acting organization’s admins block (and report)',
  })
  block(@CurrentActor() actor: Actor, @Body() body: BlockOrganizationDto) {
    return this.blocks.block(actor, body);
  }

  @DeleteRoute('interest-blocks/:organizationId', { problems: [400, 401, 403, 404], noContent: {} })
  async unblock(@CurrentActor() actor: Actor, @UuidParam('organizationId') organizationId: string) {
    await this.blocks.unblock(actor, organizationId);
  }

  @ReadRoute('admin/interest-reports', [InterestReportDto], {
    problems: [401, 404],
    description: 'Reports for the platform’s staff',
  })
  reports(@CurrentActor() actor: Actor) {
    return this.blocks.reports(actor);
  }
}
