import { Body, Query } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, UuidParam } from '#http';
import type { Actor } from '#identity';
import { CreateServiceLogDto, ServiceLogDto } from '../dto/service-log.dto.js';
import { ServiceRecordQueryDto } from '../dto/visit.dto.js';
import { ServiceLogService } from '../service-log.service.js';

/** 服务日志: service work, its hours and result; the same access as visits. */
@ApiController('services', 'api/v1/service-logs')
export class ServiceLogsController {
  constructor(private readonly logs: ServiceLogService) {}

  @ReadRoute(undefined, [ServiceLogDto], { problems: [400, 401] })
  list(@CurrentActor() actor: Actor, @Query() query: ServiceRecordQueryDto) {
    return this.logs.list(actor, query);
  }

  @CreateRoute(undefined, ServiceLogDto, { problems: [400, 401, 403] })
  create(@CurrentActor() actor: Actor, @Body() body: CreateServiceLogDto) {
    return this.logs.create(actor, body);
  }

  @ReadRoute(':id', ServiceLogDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.logs.get(actor, id);
  }
}
