import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, ProblemResponses, UuidParam } from '#http';
import type { Actor } from '#identity';
import { CreateServiceLogDto, ServiceLogDto } from '../dto/service-log.dto.js';
import { ServiceRecordQueryDto } from '../dto/visit.dto.js';
import { ServiceLogService } from '../service-log.service.js';

/** 服务日志: service work, its hours and result; the same access as visits. */
@ApiTags('services')
@ApiBearerAuth()
@Controller('api/v1/service-logs')
export class ServiceLogsController {
  constructor(private readonly logs: ServiceLogService) {}

  @Get()
  @ApiOkResponse({ type: [ServiceLogDto] })
  @ProblemResponses(400, 401)
  list(@CurrentActor() actor: Actor, @Query() query: ServiceRecordQueryDto) {
    return this.logs.list(actor, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ServiceLogDto })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: Actor, @Body() body: CreateServiceLogDto) {
    return this.logs.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: ServiceLogDto })
  @ProblemResponses(401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.logs.get(actor, id);
  }
}
