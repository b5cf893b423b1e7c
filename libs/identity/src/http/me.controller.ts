import { Body, Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import {
  AllowUnverified,
  ApiController,
  CreateRoute,
  CurrentActor,
  DeleteRoute,
  ProblemResponses,
  RequestLanguage,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import { CreatedPersonalTokenDto, CreatePersonalTokenDto, PersonalTokenDto } from '../dto/token.dto.js';
import { MeDto, OrganizationDto } from '../dto/organization.dto.js';
import { PersonalAccessTokenService } from '../tokens/personal-access-token.service.js';
import { UserService } from '../users/user.service.js';
import type { Actor } from '../access/actor.js';

@ApiController('me', 'api/v1/me')
export class MeController {
  constructor(
    private readonly users: UserService,
    private readonly tokens: PersonalAccessTokenService,
  ) {}

  @Get()
  @AllowUnverified()
  @ApiOkResponse({ type: MeDto })
  @ProblemResponses(401)
  async me(@CurrentActor() actor: Actor, @RequestLanguage() lang: Language): Promise<MeDto> {
    const { user, memberships } = await this.users.me(actor);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerifiedAt !== null,
      platformRole: user.platformRole,
      memberships: memberships.map((m) => ({
        organizationId: m.organizationId,
        role: m.role,
        organization: OrganizationDto.from(m.organization, lang),
      })),
    };
  }

  @Get('tokens')
  @ApiOkResponse({ type: [PersonalTokenDto] })
  async listTokens(@CurrentActor() actor: Actor): Promise<PersonalTokenDto[]> {
    return (await this.tokens.list(actor.userId)).map((t) => PersonalTokenDto.from(t));
  }

  @CreateRoute('tokens', CreatedPersonalTokenDto, { problems: [400, 401] })
  async createToken(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePersonalTokenDto,
  ): Promise<CreatedPersonalTokenDto> {
    const { token, secret } = await this.tokens.create(actor.userId, body.name, body.expiresInDays);
    return { ...PersonalTokenDto.from(token), token: secret };
  }

  @DeleteRoute('tokens/:id', { problems: [401, 404] })
  async revokeToken(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.tokens.revoke(actor.userId, id);
  }
}
