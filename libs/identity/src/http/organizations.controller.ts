import { Body, Query } from '@nestjs/common';
import { pick, regionName, type Language } from '#core';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  DeleteRoute,
  ReadRoute,
  RequestLanguage,
  UpdateRoute,
  UuidParam,
} from '#http';
import {
  ChangeRoleDto,
  CreateInvitationDto,
  CreateOrganizationDto,
  InvitationDto,
  MemberDto,
  OrganizationDto,
  OrganizationSearchPageDto,
  OrganizationSearchQueryDto,
  UpdateOrganizationDto,
} from '../dto/organization.dto.js';
import { InvitationService } from '../organizations/invitation.service.js';
import { MembershipService } from '../organizations/membership.service.js';
import { OrganizationDirectory } from '../organizations/organization-directory.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { Actor } from '../access/actor.js';

@ApiController('organizations', 'api/v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly directory: OrganizationDirectory,
  ) {}

  @CreateRoute(undefined, OrganizationDto, {
    longText: true,
    problems: [400, 401, 409],
    description: 'The caller becomes its owner',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOrganizationDto,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.create(actor, body), lang);
  }

  @ReadRoute('search', OrganizationSearchPageDto, {
    problems: [400, 401],
    operation: {
      summary: 'Find verified organizations by name or 统一社会信用代码',
      description:
        'For forms that name another organization; any signed-in user, verified organizations only.',
    },
  })
  async search(
    @Query() query: OrganizationSearchQueryDto,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationSearchPageDto> {
    const { q, type, offset, limit } = query;
    const { total, items } = await this.directory.search({ nameOrCode: q, type }, { offset, limit });
    return {
      total,
      items: items.map(({ id, name, type, creditCode, regionCode }) => ({
        id,
        name,
        type,
        creditCode,
        regionCode,
        regionName: regionName(regionCode, lang) ?? '',
      })),
    };
  }

  @ReadRoute(':id', OrganizationDto, { problems: [401, 404] })
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.get(actor, id), lang);
  }

  @UpdateRoute(':id', OrganizationDto)
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateOrganizationDto,
    @RequestLanguage() lang: Language,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.update(actor, id, body), lang);
  }

  @ReadRoute(':id/members', [MemberDto], { problems: [401, 404] })
  members(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<MemberDto[]> {
    return this.memberships.list(actor, id);
  }

  @UpdateRoute(':id/members/:userId', MemberDto, { problems: [400, 401, 403, 404, 409], longText: false })
  changeRole(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return this.memberships.changeRole(actor, id, userId, body.role);
  }

  @DeleteRoute(':id/members/:userId', { problems: [401, 403, 404, 409] })
  async removeMember(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    await this.memberships.remove(actor, id, userId);
  }

  @CreateRoute(':id/invitations', InvitationDto, {
    description: 'The invitation email is sent by the worker',
  })
  async invite(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationDto> {
    return toInvitationDto(await this.invitations.create(actor, id, body.email, body.role ?? 'member'));
  }

  @ReadRoute(':id/invitations', [InvitationDto], { problems: [401, 403, 404] })
  async pendingInvitations(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
  ): Promise<InvitationDto[]> {
    return (await this.invitations.listPending(actor, id)).map(toInvitationDto);
  }

  @DeleteRoute(':id/invitations/:invitationId')
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.invitations.revoke(actor, id, invitationId);
  }
}

function toInvitationDto(i: InvitationDto): InvitationDto {
  return pick(i, ['id', 'email', 'role', 'status', 'expiresAt', 'createdAt']);
}
