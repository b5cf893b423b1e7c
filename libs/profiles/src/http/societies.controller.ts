import { Body, Query } from '@nestjs/common';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  DeleteRoute,
  OptionalActor,
  ReadRoute,
  RequestLanguage,
  UpdateRoute,
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
@ApiController('societies', 'api/v1/societies')
export class SocietiesController {
  constructor(private readonly societies: SocietyService) {}

  @ReadRoute(undefined, SocietyPageDto, {
    public: true,
    problems: [400],
    description: 'Verified societies by name, keyset-paginated',
  })
  list(@Query() query: SocietyQueryDto, @RequestLanguage() lang: Language) {
    return this.societies.list(query, lang);
  }

  @CreateRoute(undefined, SocietyDto, {
    longText: true,
    problems: [400, 401, 409],
    description: 'Registers a society owned by the caller, pending verification',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateSocietyDto, @RequestLanguage() lang: Language) {
    return this.societies.create(actor, body, lang);
  }

  @ReadRoute(':id', SocietyDto, { public: true })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.societies.get(actor, id, lang);
  }

  @UpdateRoute(':id', SocietyDto)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateSocietyDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.update(actor, id, body, lang);
  }

  @CreateRoute(':id/stations', StationDto, { longText: true, problems: [400, 401, 403, 404] })
  createStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CreateStationDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.createStation(actor, id, body, lang);
  }

  @UpdateRoute(':id/stations/:stationId', StationDto)
  updateStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('stationId') stationId: string,
    @Body() body: UpdateStationDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.societies.updateStation(actor, id, stationId, body, lang);
  }

  @DeleteRoute(':id/stations/:stationId', { noContent: {} })
  deleteStation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('stationId') stationId: string,
  ) {
    return this.societies.deleteStation(actor, id, stationId);
  }
}
