import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, LongTextBody, ProblemResponses, UuidParam } from '#http';
import type { Actor } from '#identity';
import { DispatchService } from '../dispatch.service.js';
import { CreateDispatchDto, DispatchDto } from '../dto/dispatch.dto.js';

/** 派驻: 学会服务团 and 科技特派员 sent by a society to an enterprise or a region. */
@ApiTags('services')
@ApiBearerAuth()
@Controller('api/v1/dispatches')
export class DispatchesController {
  constructor(private readonly dispatches: DispatchService) {}

  @Get()
  @ApiOkResponse({
    type: [DispatchDto],
    description: 'Dispatches the acting organization sent or receives, and those the caller is dispatched on',
  })
  @ProblemResponses(401)
  list(@CurrentActor() actor: Actor) {
    return this.dispatches.list(actor);
  }

  @Post()
  @LongTextBody()
  @ApiOperation({ summary: 'Dispatch the society’s experts (its owner or an admin)' })
  @ApiCreatedResponse({ type: DispatchDto })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: Actor, @Body() body: CreateDispatchDto) {
    return this.dispatches.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: DispatchDto })
  @ProblemResponses(401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.dispatches.get(actor, id);
  }
}
