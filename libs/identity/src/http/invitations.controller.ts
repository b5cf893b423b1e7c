import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowUnverified, CurrentActor, ProblemResponses, ReadRoute, UuidParam } from '#http';
import {
  AcceptedInvitationDto,
  InvitationPreviewDto,
  InvitationPreviewQueryDto,
  InvitationTokenDto,
} from '../dto/organization.dto.js';
import { InvitationService } from '../organizations/invitation.service.js';
import type { Actor } from '../access/actor.js';

@ApiTags('invitations')
@Controller('api/v1/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationService) {}

  @ReadRoute(':id', InvitationPreviewDto, {
    public: true,
    problems: [400, 404],
    description: 'What the emailed link shows before sign-in',
  })
  preview(
    @UuidParam('id') id: string,
    @Query() query: InvitationPreviewQueryDto,
  ): Promise<InvitationPreviewDto> {
    return this.invitations.preview(id, query.token);
  }

  @Post(':id/accept')
  @AllowUnverified()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AcceptedInvitationDto })
  @ProblemResponses(400, 401, 403, 404)
  async accept(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: InvitationTokenDto,
  ): Promise<AcceptedInvitationDto> {
    const membership = await this.invitations.accept(actor, id, body.token);
    return { organizationId: membership.organizationId, role: membership.role };
  }
}
