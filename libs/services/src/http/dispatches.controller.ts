import { Body } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, UuidParam } from '#http';
import type { Actor } from '#identity';
import { DispatchService } from '../dispatch.service.js';
import { CreateDispatchDto, DispatchDto } from '../dto/dispatch.dto.js';

/** 派驻: 学会服务团 and 科技特派员 sent by a society to an enterprise or a region. */
@ApiController('services', 'api/v1/dispatches')
export class DispatchesController {
  constructor(private readonly dispatches: DispatchService) {}

  @ReadRoute(undefined, [DispatchDto], {
    problems: [401],
    description: 'Dispatches the acting organization sent or receives, and those the caller is dispatched on',
  })
  list(@CurrentActor() actor: Actor) {
    return this.dispatches.list(actor);
  }

  @CreateRoute(undefined, DispatchDto, {
    longText: true,
    problems: [400, 401, 403],
    operation: { summary: 'Dispatch the society’s experts (its owner or an admin)' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDispatchDto) {
    return this.dispatches.create(actor, body);
  }

  @ReadRoute(':id', DispatchDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.dispatches.get(actor, id);
  }
}
