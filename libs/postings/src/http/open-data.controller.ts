import { applyDecorators, Controller, Get, Header, Query, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Public, ReadRoute } from '#http';
import { AppConfig } from '#core';
import {
  OpenAchievementFeedDto,
  OpenAchievementRecordDto,
  OpenDemandFeedDto,
  OpenDemandRecordDto,
  OpenFeedQueryDto,
  OpenTombstoneDto,
} from '../dto/open-feed.dto.js';
import { OpenFeedService } from '../open/open-feed.service.js';
import { openSchema, type OpenSchemaName } from '../open/open-schemas.js';

const DEFAULT_LIMIT = 100;

/** A change feed: read with an API key or any credential, throttled per key. */
function FeedRoute(path: string, type: Type, summary: string, description: string) {
  return ReadRoute(path, type, { problems: [400, 401, 429], operation: { summary, description } });
}

/** The JSON Schema of one feed's items, public so other platforms can validate against a stable URL. */
function SchemaRoute(kind: OpenSchemaName) {
  return applyDecorators(
    Get(`schemas/${kind}.json`),
    Public(),
    Header('content-type', 'application/schema+json'),
    ApiOkResponse({ description: `JSON Schema (2020-12) of an item of the ${kind} feed` }),
  );
}

/**
 * Open data for other platforms (省网上技术市场, 科创中国 mirrors): change feeds of listed demands and
 * achievements, read with an organization's API key (or any signed-in credential), and the JSON Schemas
 * of their records at stable public URLs.
 */
@ApiTags('open-data')
@ApiBearerAuth()
@ApiSecurity('api-key')
@ApiExtraModels(OpenDemandRecordDto, OpenAchievementRecordDto, OpenTombstoneDto)
@Controller('api/v1/open')
export class OpenDataController {
  constructor(
    private readonly feed: OpenFeedService,
    private readonly config: AppConfig,
  ) {}

  @FeedRoute(
    'demands',
    OpenDemandFeedDto,
    'Change feed of listed demands',
    'Demands in (updatedAt, id) order after `since`; confidential ones as teasers; tombstones for those that left the board.',
  )
  demands(@Query() query: OpenFeedQueryDto): Promise<OpenDemandFeedDto> {
    return this.feed.demands(query.since, query.limit ?? DEFAULT_LIMIT);
  }

  @FeedRoute(
    'achievements',
    OpenAchievementFeedDto,
    'Change feed of listed achievements',
    'Achievements in (updatedAt, id) order after `since`; confidential ones as teasers; tombstones for those archived.',
  )
  achievements(@Query() query: OpenFeedQueryDto): Promise<OpenAchievementFeedDto> {
    return this.feed.achievements(query.since, query.limit ?? DEFAULT_LIMIT);
  }

  @SchemaRoute('demand')
  demandSchema(): object {
    return openSchema('demand', this.config.PUBLIC_URL);
  }

  @SchemaRoute('achievement')
  achievementSchema(): object {
    return openSchema('achievement', this.config.PUBLIC_URL);
  }
}
