import { Body } from '@nestjs/common';
import type { Actor } from '#identity';
import { ApiController, CreateRoute, CurrentActor, ReadRoute, UuidParam } from '#http';
import { EventInvitationDto, InvitationRunDto, InviteToEventDto } from '../dto/invitation.dto.js';
import { EventInvitationService } from '../invitation.service.js';

/** Organizers invite organizations by email to register for their event (docs/EVENTS.md). */
@ApiController('events', 'api/v1/events/:id/invitations')
export class EventInvitationsController {
  constructor(private readonly invitations: EventInvitationService) {}

  @CreateRoute(undefined, InvitationRunDto, {
    longText: true,
    operation: {
      summary: 'Invite addresses to register (organizers, while registration is open)',
      description:
        'Each new address is emailed once, with a link to the event page; addresses invited before get nothing more.',
    },
  })
  invite(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: InviteToEventDto) {
    return this.invitations.invite(actor, id, body);
  }

  @ReadRoute(undefined, [EventInvitationDto], { problems: [401, 403, 404] })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.invitations.list(actor, id);
  }
}
