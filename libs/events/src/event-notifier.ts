import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import {
  NotificationDispatcher,
  type DispatchResult,
  type NotificationKind,
  type RenderedEmail,
} from '#notifications';
import type { EventPayloads, EventType } from '#queue';
import { escapeHtml } from './agenda/escape-html.js';
import { AgendaService, type RenderedAgenda } from './agenda.service.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';

type MeetingChange = EventPayloads[EventType.EventMeetingChanged];

const CHANGE_TEXT: Record<MeetingChange['change'], { zh: string; en: string }> = {
  moved: { zh: '洽谈时间或桌号变更', en: 'Meeting moved' },
  cancelled: { zh: '洽谈已取消', en: 'Meeting cancelled' },
  unscheduled: { zh: '洽谈未能排入日程', en: 'Meeting taken off the agenda' },
};

const time = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * Change notices: once an agenda went out, the two sides of a moved or cancelled meeting, and every
 * participant of a cancelled event, hear of it in-app and by email (by their preferences for
 * `event-changed`) with an `.ics` that updates their calendar — the same UID with a higher SEQUENCE,
 * `METHOD:CANCEL` for what no longer takes place. Keyed by the meeting's sequence (or the event), so a
 * retried or duplicated job delivers nothing twice; whoever made the change is not told of it.
 */
@Injectable()
export class EventNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agendas: AgendaService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {}

  /** What was delivered to each side, or null when the meeting or its event is gone. */
  async meetingChanged(change: MeetingChange): Promise<DispatchResult[] | null> {
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(MatchmakingEvent, { id: change.eventId });
    const meeting = await manager.findOneBy(EventMeeting, { id: change.meetingId, eventId: change.eventId });
    if (!event || !meeting) return null;
    // The entry as this change left it: the slot it moved to, or the one it had before it was called off.
    const entry = Object.assign(new EventMeeting(), meeting, {
      slotId: change.slotId,
      sequence: change.sequence,
    });
    if (change.change !== 'moved') entry.tableId = meeting.tableId;
    const method = change.change === 'moved' ? 'PUBLISH' : 'CANCEL';
    const results: DispatchResult[] = [];
    for (const registrationId of [meeting.registrationAId, meeting.registrationBId]) {
      const rendered = await this.agendas.renderMeetings(manager, event, registrationId, [entry], method);
      const [line] = rendered.entries;
      const label = CHANGE_TEXT[change.change];
      const detail = line
        ? {
            zh: `与 ${line.other} 的洽谈（${time(line.start)} ${line.location}）：${label.zh}`,
            en: `Your meeting with ${line.other} (${time(line.start)}, ${line.location}): ${label.en.toLowerCase()}`,
          }
        : label;
      results.push(
        await this.tell(event, registrationId, change.byUserId, {
          kind: 'event-changed',
          eventKey: `event-meeting:${meeting.id}:${change.sequence}`,
          title: { zh: `【${event.title}】${label.zh}`, en: `${label.en}: ${event.title}` },
          body: detail,
          rendered,
          method,
          facts: {
            eventId: event.id,
            meetingId: meeting.id,
            sequence: change.sequence,
            change: change.change,
          },
        }),
      );
    }
    return results;
  }

  /** Every approved participant of a cancelled event, with its meetings cancelled in one calendar. */
  async eventCancelled({
    eventId,
    byUserId,
  }: EventPayloads[EventType.EventCancelled]): Promise<DispatchResult[]> {
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(MatchmakingEvent, { id: eventId });
    if (!event || event.status !== 'cancelled') return [];
    const registrations = await manager.findBy(EventRegistration, {
      eventId,
      status: In(['approved', 'pending']),
    });
    const results: DispatchResult[] = [];
    for (const registration of registrations) {
      const meetings = await manager
        .getRepository(EventMeeting)
        .createQueryBuilder('m')
        .where(`m.event_id = :eventId AND m.slot_id IS NOT NULL`, { eventId })
        .andWhere('(m.registration_a_id = :id OR m.registration_b_id = :id)', { id: registration.id })
        .orderBy('m.slot_id')
        .getMany();
      const rendered = await this.agendas.renderMeetings(manager, event, registration.id, meetings, 'CANCEL');
      results.push(
        await this.tell(event, registration.id, byUserId, {
          kind: 'event-changed',
          eventKey: `event-cancelled:${eventId}`,
          title: { zh: `【${event.title}】活动已取消`, en: `Event cancelled: ${event.title}` },
          body: {
            zh: `主办方已取消本次活动${meetings.length ? `，您的 ${meetings.length} 场洽谈随之取消` : ''}。`,
            en: `The organizers cancelled the event${meetings.length ? `; your ${meetings.length} meeting(s) are cancelled` : ''}.`,
          },
          rendered,
          method: 'CANCEL',
          facts: { eventId },
        }),
      );
    }
    return results;
  }

  /**
   * One participant's people, but not whoever caused it (`byUserId`; null for a reminder), told of a
   * notice about their meetings by their preferences for `kind`, with the meetings' `.ics`.
   */
  async tell(
    event: MatchmakingEvent,
    registrationId: string,
    byUserId: string | null,
    notice: {
      kind: NotificationKind;
      eventKey: string;
      title: { zh: string; en: string };
      body: { zh: string; en: string };
      rendered: RenderedAgenda;
      method: 'PUBLISH' | 'CANCEL';
      facts: Record<string, string | number>;
    },
  ): Promise<DispatchResult> {
    const registration = await this.dataSource.manager.findOneByOrFail(EventRegistration, {
      id: registrationId,
    });
    const recipients = (await this.memberships.contactsOf([registration.organizationId], [])).filter(
      (contact) => contact.userId !== byUserId,
    );
    const link = `/events/${event.id}`;
    const text = `${notice.body.zh}\n${notice.body.en}\n\n${notice.rendered.text}`;
    const email: RenderedEmail = {
      subject: `${notice.title.zh} / ${notice.title.en}`,
      text: `${text}\n\n${this.config.PUBLIC_URL}${link}`,
      html: `<pre style="font-family:sans-serif">${escapeHtml(text)}</pre><p><a href="${escapeHtml(
        `${this.config.PUBLIC_URL}${link}`,
      )}">${escapeHtml(event.title)}</a></p>`,
      ...(notice.rendered.count > 0
        ? {
            attachments: [
              {
                filename: 'agenda.ics',
                content: notice.rendered.ics,
                contentType: `text/calendar; method=${notice.method}`,
              },
            ],
          }
        : {}),
    };
    // One event key per registration: both sides of a meeting get their own rows and claims.
    return this.dispatcher.dispatch({
      eventKey: `${notice.eventKey}:${registrationId.slice(0, 8)}`,
      kind: notice.kind,
      subject: { type: 'event', id: event.id, link },
      recipients,
      text: { title: notice.title, body: notice.body },
      email: () => email,
      webhook: {
        organizationIds: [registration.organizationId],
        link: `${this.config.PUBLIC_URL}${link}`,
        facts: notice.facts,
      },
    });
  }
}
