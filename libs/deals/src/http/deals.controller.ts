import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, LongTextBody, ProblemResponses, UuidParam } from '#http';
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
@ApiTags('deals')
@ApiBearerAuth()
@Controller('api/v1/deals')
export class DealsController {
  constructor(private readonly deals: DealService) {}

  @Get()
  @ApiOkResponse({
    type: [DealDto],
    description:
      'The acting organization’s deals (every organization of the caller’s without X-Organization-Id), ' +
      'newest change first, at most 200',
  })
  @ProblemResponses(400, 401)
  list(@CurrentActor() actor: Actor, @Query() query: DealQueryDto) {
    return this.deals.list(actor, query);
  }

  @Post()
  @LongTextBody()
  @ApiOperation({
    summary: 'Record a deal',
    description:
      'The caller’s side confirms it at once when the caller is its owner or an admin; the other side sees it as 待确认.',
  })
  @ApiCreatedResponse({ type: DealDto })
  @ProblemResponses(400, 401)
  create(@CurrentActor() actor: Actor, @Body() body: CreateDealDto) {
    return this.deals.create(actor, body);
  }

  @Get('source-parties')
  @ApiOperation({
    summary: 'The two organizations a deal recorded from a match, conversation or award is between',
  })
  @ApiOkResponse({ type: DealSourcePartiesDto })
  @ProblemResponses(400, 401, 404)
  sourceParties(@CurrentActor() actor: Actor, @Query() query: DealSourceQueryDto) {
    return this.deals.sourceParties(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: DealDto })
  @ProblemResponses(401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.deals.get(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({
    summary: 'The deal’s audited changes, oldest first: who recorded, confirmed, edited, disputed',
  })
  @ApiOkResponse({ type: [DealHistoryEntryDto] })
  @ProblemResponses(401, 404)
  history(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.deals.history(actor, id);
  }

  @Patch(':id')
  @LongTextBody()
  @ApiOperation({
    summary: 'Edit a deal, or propose a change once both sides confirmed it',
    description:
      'Before both sides confirmed: applies, and the other side must confirm the new terms. After: stored ' +
      'as a proposed change that applies when the other side confirms it (409 while the other side’s own ' +
      'proposal waits for the caller).',
  })
  @ApiOkResponse({ type: DealDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: UpdateDealDto) {
    return this.deals.update(actor, id, body);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the deal, or the other side’s proposed change, for the caller’s side' })
  @ApiOkResponse({ type: DealDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  confirm(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: ConfirmDealDto) {
    return this.deals.confirm(actor, id, body);
  }

  @Post(':id/dispute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Contest the deal: it stops counting until both sides confirm again' })
  @ApiOkResponse({ type: DealDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  dispute(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: DisputeDealDto) {
    return this.deals.dispute(actor, id, body);
  }

  @Post(':id/stage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the deal to a later stage (or 终止) with the date it was reached' })
  @ApiOkResponse({ type: DealDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  stage(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: MoveDealStageDto) {
    return this.deals.moveStage(actor, id, body);
  }
}
