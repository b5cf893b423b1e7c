import { Body } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, DeleteRoute, ReadRoute, UuidParam } from '#http';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from '../dto/token.dto.js';
import { ApiKeyService } from '../tokens/api-key.service.js';
import type { Actor } from '../access/actor.js';

/** Integration keys of the organization named by X-Organization-Id; its owners and admins manage them. */
@ApiController('api-keys', 'api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @ReadRoute(undefined, [ApiKeyDto], { problems: [400, 401, 403] })
  async list(@CurrentActor() actor: Actor): Promise<ApiKeyDto[]> {
    return (await this.keys.list(actor)).map((k) => ApiKeyDto.from(k));
  }

  @CreateRoute(undefined, CreatedApiKeyDto, { problems: [400, 401, 403] })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { key, secret } = await this.keys.create(actor, body.name, body.rateLimitPerMinute);
    return { ...ApiKeyDto.from(key), key: secret };
  }

  @DeleteRoute(':id', { problems: [400, 401, 403, 404] })
  async revoke(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.keys.revoke(actor, id);
  }
}
