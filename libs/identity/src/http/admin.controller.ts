import { Body, Query } from '@nestjs/common';
import {
  ApiController,
  CurrentActor,
  ReadRoute,
  RequestLanguage,
  Transition,
  UpdateRoute,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import { OrganizationDto, ReviewQueueQueryDto, VerificationDecisionDto } from '../dto/organization.dto.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { UserDto } from '../dto/auth.dto.js';
import { UserService } from '../users/user.service.js';
import { AdminUserDto, UserSearchQueryDto, UserStatusDto } from '../dto/user-admin.dto.js';
import type { Actor } from '../access/actor.js';

/** Platform staff only: the services answer 404 to everyone else. */
@ApiController('admin', 'api/v1/admin')
export class AdminController {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
  ) {}

  @ReadRoute('organizations', [OrganizationDto], { problems: [400, 401, 404] })
  async reviewQueue(
    @CurrentActor() actor: Actor,
    @Query() query: ReviewQueueQueryDto,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationDto[]> {
    const rows = await this.organizations.listForReview(actor, query.verificationStatus ?? 'pending');
    return rows.map((o) => OrganizationDto.from(o, lang));
  }

  @Transition('organizations/:id/verification', OrganizationDto, undefined, [400, 401, 404])
  async verify(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: VerificationDecisionDto,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(
      await this.organizations.setVerification(actor, id, body.status, body.note),
      lang,
    );
  }

  @ReadRoute('users', [AdminUserDto], {
    problems: [400, 401, 404],
    description: 'Platform admins: users by name or address, newest first',
  })
  async searchUsers(
    @CurrentActor() actor: Actor,
    @Query() query: UserSearchQueryDto,
  ): Promise<AdminUserDto[]> {
    return (await this.users.search(actor, query)).map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      status: user.status,
      platformRole: user.platformRole,
      emailVerified: user.emailVerifiedAt !== null,
      createdAt: user.createdAt,
    }));
  }

  @UpdateRoute('users/:id', UserDto, {
    problems: [400, 401, 404],
    description: 'Disabling a user ends their sessions and tokens at once',
    longText: false,
  })
  async setUserStatus(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UserStatusDto,
  ): Promise<UserDto> {
    const user = await this.users.setStatus(actor, id, body.status);
    return { id: user.id, email: user.email, name: user.name };
  }
}
