import { Body, Query } from '@nestjs/common';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  ReadRoute,
  Transition,
  UpdateRoute,
  UuidParam,
} from '#http';
import {
  ConfirmDealDto,
  CreateDealDto,
  DealDto,
  DealHistoryEntryDto,
  DealQueryDto,
  DealSourcePartiesDto,
  DealSourceQueryDto,
  DisputeDealDto,
  MoveDealStageDto,
  UpdateDealDto,
} from '../dto/deal.dto.js';
import { DealService } from '../deal.service.js';
import type { Actor } from '#identity';

/**
 * 成交: deals between two organizations, recorded by one from a match, conversation or 揭榜挂帅 award and
 * confirmed by the other. Only members of the two organizations (and platform admins, who read) see a
 * deal; anyone else gets a 404. Rules in docs/DEALS.md.
 */
@ApiController('deals', 'api/v1/deals')
export class DealsController {
  constructor(private readonly deals: DealService) {}

  @ReadRoute(undefined, [DealDto], {
    problems: [400, 401],
    description:
      'The acting organization’s deals (every organization of the caller’s without X-Organization-Id), ' +
      'newest change first, at most 200',
  })
  list(@CurrentActor() actor: Actor, @Query() query: DealQueryDto) {
    return this.deals.list(actor, query);
  }

  @CreateRoute(undefined, DealDto, {
    longText: true,
    problems: [400, 401],
    operation: {
      summary: 'Record a deal',
      description:
        'The caller’s side confirms it at once when the caller is its owner or an admin; the other side sees it as 待确认.',
    },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDealDto) {
    return this.deals.create(actor, body);
  }

  @ReadRoute('source-parties', DealSourcePartiesDto, {
    problems: [400, 401, 404],
    operation: {
      summary: 'The two organizations a deal recorded from a match, conversation or award is between',
    },
  })
  sourceParties(@CurrentActor() actor: Actor, @Query() query: DealSourceQueryDto) {
    return this.deals.sourceParties(actor, query);
  }

  @ReadRoute(':id', DealDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.deals.get(actor, id);
  }

  @ReadRoute(':id/history', [DealHistoryEntryDto], {
    problems: [401, 404],
    operation: {
      summary: 'The deal’s audited changes, oldest first: who recorded, confirmed, edited, disputed',
    },
  })
  history(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.deals.history(actor, id);
  }

  @UpdateRoute(':id', DealDto, {
    problems: [400, 401, 403, 404, 409],
    operation: {
      summary: 'Edit a deal, or propose a change once both sides confirmed it',
      description:
        'Before both sides confirmed: applies, and the other side must confirm the new terms. After: stored ' +
        'as a proposed change that applies when the other side confirms it (409 while the other side’s own ' +
        'proposal waits for the caller).',
    },
  })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: UpdateDealDto) {
    return this.deals.update(actor, id, body);
  }

  @Transition(':id/confirm', DealDto, {
    summary: 'Confirm the deal, or the other side’s proposed change, for the caller’s side',
  })
  confirm(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: ConfirmDealDto) {
    return this.deals.confirm(actor, id, body);
  }

  @Transition(':id/dispute', DealDto, {
    summary: 'Contest the deal: it stops counting until both sides confirm again',
  })
  dispute(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: DisputeDealDto) {
    return this.deals.dispute(actor, id, body);
  }

  @Transition(':id/stage', DealDto, {
    summary: 'Move the deal to a later stage (or 终止) with the date it was reached',
  })
  stage(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: MoveDealStageDto) {
    return this.deals.moveStage(actor, id, body);
  }
}
