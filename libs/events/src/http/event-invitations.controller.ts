import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#identity';
import { CurrentActor, LongTextBody, ProblemResponses, UuidParam } from '#http';
import { EventInvitationDto, InvitationRunDto, InviteToEventDto } from '../dto/invitation.dto.js';
import { EventInvitationService } from '../invitation.service.js';

/** Organizers invite organizations by email to register for their event (docs/EVENTS.md). */
@ApiTags('events')
@ApiBearerAuth()
@Controller('api/v1/events/:id/invitations')
export class EventInvitationsController {
  constructor(private readonly invitations: EventInvitationService) {}

  @Post()
  @LongTextBody()
  @ApiOperation({
    summary: 'Invite addresses to register (organizers, while registration is open)',
    description:
      'Each new address is emailed once, with a link to the event page; addresses invited before get nothing more.',
  })
  @ApiCreatedResponse({ type: InvitationRunDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  invite(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: InviteToEventDto) {
    return this.invitations.invite(actor, id, body);
  }

  @Get()
  @ApiOkResponse({ type: [EventInvitationDto] })
  @ProblemResponses(401, 403, 404)
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.invitations.list(actor, id);
  }
}
