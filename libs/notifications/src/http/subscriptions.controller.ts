import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, DeleteRoute, LongTextBody, ProblemResponses, UuidParam } from '#http';
import type { Actor } from '#identity';
import {
  CreateSubscriptionDto,
  SubscriptionDto,
  UpdateSubscriptionDto,
} from '../subscriptions/subscription.dto.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';

/**
 * The caller's saved searches: told about every newly published posting they find. Each belongs to
 * its user alone; anyone else's is a 404.
 */
@ApiTags('subscriptions')
@ApiBearerAuth()
@Controller('api/v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionService) {}

  @Get()
  @ApiOkResponse({ type: [SubscriptionDto], description: 'The caller’s subscriptions, newest first' })
  @ProblemResponses(401)
  list(@CurrentActor() actor: Actor): Promise<SubscriptionDto[]> {
    return this.subscriptions.list(actor.userId);
  }

  @Post()
  @LongTextBody()
  @ApiCreatedResponse({
    type: SubscriptionDto,
    description: 'Facets are validated as GET /api/v1/search validates them; 50 per user at most (409)',
  })
  @ProblemResponses(400, 401, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateSubscriptionDto): Promise<SubscriptionDto> {
    return this.subscriptions.create(actor.userId, actor.organizationId, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: SubscriptionDto })
  @ProblemResponses(401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<SubscriptionDto> {
    return this.subscriptions.get(actor.userId, id);
  }

  @Patch(':id')
  @LongTextBody()
  @ApiOkResponse({ type: SubscriptionDto, description: 'Pause or resume, rename, or change the search' })
  @ProblemResponses(400, 401, 404)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateSubscriptionDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.update(actor.userId, id, body);
  }

  @DeleteRoute(':id', { problems: [401, 404] })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.subscriptions.remove(actor.userId, id);
  }
}
