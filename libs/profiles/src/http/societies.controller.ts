import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  CurrentActor,
  LongTextBody,
  OptionalActor,
  ProblemResponses,
  Public,
  RequestLanguage,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  CreateSocietyDto,
  CreateStationDto,
  SocietyDto,
  SocietyPageDto,
  SocietyQueryDto,
  StationDto,
  UpdateSocietyDto,
  UpdateStationDto,
} from '../dto/society.dto.js';
import { SocietyService } from '../societies/society.service.js';

/** 学会: the directory of verified societies and each society's service stations (服务站). */
@ApiTags('societies')
@ApiBearerAuth()
@Controller('api/v1/societies')
export class SocietiesController {
  constructor(private readonly societies: SocietyService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: SocietyPageDto, description: 'Verified societies by name, keyset-paginated' })
  @ProblemResponses(400)
  list(@Query() query: SocietyQueryDto, @RequestLanguage() lang: Language) {
    return this.societies.list(query, lang);
  }

  @Post()
  @LongTextBody()
  @ApiCreatedResponse({
    type: SocietyDto,
    description: 'Registers a society owned by the caller, pending verification',
  })
  @ProblemResponses(400, 401, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateSocietyDto, @RequestLanguage() lang: Language) {
    return this.societies.create(actor, body, lang);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: SocietyDto })
  @ProblemResponses(404)
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.societies.get(actor, id, lang);
  }

  @Patch(':id')
  @LongTextBody()
  @ApiOkResponse({ type: SocietyDto })
  @ProblemResponses(400, 401, 403, 404)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateSocietyDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.update(actor, id, body, lang);
  }

  @Post(':id/stations')
  @LongTextBody()
  @ApiCreatedResponse({ type: StationDto })
  @ProblemResponses(400, 401, 403, 404)
  createStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CreateStationDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.createStation(actor, id, body, lang);
  }

  @Patch(':id/stations/:stationId')
  @LongTextBody()
  @ApiOkResponse({ type: StationDto })
  @ProblemResponses(400, 401, 403, 404)
  updateStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('stationId') stationId: string,
    @Body() body: UpdateStationDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.updateStation(actor, id, stationId, body, lang);
  }

  @Delete(':id/stations/:stationId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ProblemResponses(401, 403, 404)
  deleteStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('stationId') stationId: string,
  ) {
    return this.societies.deleteStation(actor, id, stationId);
  }
}
