import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AppConfig, ConflictError } from '#core';
import { inTransaction } from '#database';
import { MembershipService, OrganizationDirectory, type Actor } from '#identity';
import type { RenderedEmail } from '#notifications';
import { addOutboxEvent, EventType } from '#queue';
import { escapeHtml } from './agenda/escape-html.js';
import { EventInvitation } from './domain/invitation.entity.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type { EventInvitationDto, InvitationRunDto, InviteToEventDto } from './dto/invitation.dto.js';
import { managedEvent } from './event-access.js';

const date = (d: Date) => d.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });

/**
 * Organizers invite organizations to register by email. Each new address gets one invitation row and
 * one outbox event in the same transaction; the `send-event-invitation` job mails it, claimed by the
 * invitation's id, so it is neither lost nor sent twice. Invitations are for an event open for
 * registration: the link leads to the event page, where the invitee (signed up and verified) registers.
 */
@Injectable()
export class EventInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationDirectory,
    private readonly memberships: MembershipService,
  ) {}

  async invite(actor: Actor, eventId: string, input: InviteToEventDto): Promise<InvitationRunDto> {
    const emails = [...new Set(input.emails)];
    const { created, existing } = await inTransaction(this.dataSource, async (manager) => {
      // The row lock orders concurrent invitations of one event: each address is inserted once.
      const event = await managedEvent(manager, actor, eventId, true);
      if (event.status !== 'published' || new Date() >= event.registrationDeadline)
        throw new ConflictError('registration-closed');
      const existing = await manager.findBy(EventInvitation, { eventId, email: In(emails) });
      const known = new Set(existing.map((invitation) => invitation.email));
      const created: EventInvitation[] = [];
      for (const email of emails.filter((e) => !known.has(e))) {
        const invitation = await manager.save(
          manager.create(EventInvitation, {
            eventId,
            email,
            message: input.message ?? '',
            invitedBy: actor.userId,
          }),
        );
        await addOutboxEvent(manager, EventType.EventInvitationCreated, { invitationId: invitation.id });
        created.push(invitation);
      }
      return { created, existing };
    });
    return {
      invited: created.map((invitation) => this.toDto(invitation, new Set())),
      alreadyInvited: existing.map((invitation) => invitation.email),
    };
  }

  /** The event's invitations, newest first, each saying whether the address's organization registered. */
  async list(actor: Actor, eventId: string): Promise<EventInvitationDto[]> {
    const manager = this.dataSource.manager;
    await managedEvent(manager, actor, eventId);
    const invitations = await manager.find(EventInvitation, {
      where: { eventId },
      order: { createdAt: 'DESC' },
    });
    const registrations = await manager.findBy(EventRegistration, { eventId });
    const registered = new Set(
      (
        await this.memberships.contactsOf(
          registrations.map((r) => r.organizationId),
          [],
        )
      ).map((c) => c.email.toLowerCase()),
    );
    return invitations.map((invitation) => this.toDto(invitation, registered));
  }

  /** The invitation email, or null when the invitation or its event is gone or no longer open. */
  async emailFor(invitationId: string): Promise<{ to: string; email: RenderedEmail } | null> {
    const manager = this.dataSource.manager;
    const invitation = await manager.findOneBy(EventInvitation, { id: invitationId });
    const event = invitation && (await manager.findOneBy(MatchmakingEvent, { id: invitation.eventId }));
    if (!invitation || !event || event.status !== 'published') return null;
    const organizer = (await this.organizations.summary(event.organizerOrganizationId))?.name ?? '';
    const link = `${this.config.PUBLIC_URL}/events/${event.id}`;
    const days = event.plan.days.map((day) => day.date);
    const where =
      event.format === 'online'
        ? '线上 / online'
        : [event.venueName, event.venueAddress].filter(Boolean).join('，');
    const text = [
      `${organizer} 邀请贵单位报名参加「${event.title}」。`,
      `${organizer} invites your organization to register for "${event.title}".`,
      '',
      ...(invitation.message ? [invitation.message, ''] : []),
      `日期 / Dates: ${days.join('、')}`,
      `地点 / Venue: ${where}`,
      `报名截止 / Registration closes: ${date(event.registrationDeadline)}`,
      '',
      `报名 / Register: ${link}`,
      '（需以通过认证的机构账号登录后报名 / sign in for a verified organization to register）',
    ].join('\n');
    const html = `<pre style="font-family:sans-serif">${escapeHtml(text).replace(
      escapeHtml(link),
      `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`,
    )}</pre>`;
    return {
      to: invitation.email,
      email: { subject: `【${event.title}】报名邀请 / Invitation to register`, text, html },
    };
  }

  private toDto(invitation: EventInvitation, registered: ReadonlySet<string>): EventInvitationDto {
    return {
      id: invitation.id,
      email: invitation.email,
      message: invitation.message,
      registered: registered.has(invitation.email),
      createdAt: invitation.createdAt,
    };
  }
}
