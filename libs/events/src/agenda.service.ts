import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppConfig, ConflictError, ValidationError } from '#core';
import { inTransaction } from '#database';
import { MembershipService, OrganizationDirectory, type Actor } from '#identity';
import { addOutboxEvent, EventType } from '#queue';
import { renderAgendaCalendar, type AgendaEntry, type AgendaMethod } from './agenda/agenda-calendar.js';
import { EventCheckIn } from './domain/check-in.entity.js';
import { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
import { MeetingRequest } from './domain/meeting-request.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type { EventDto } from './dto/event.dto.js';
import type { EventCountsDto, OutcomeDto } from './dto/participation.dto.js';
import { findEvent, managedEvent, ownRegistration } from './event-access.js';
import { acceptanceRate, meetingAttendance, registrationBreakdowns } from './event-dashboard.js';
import { buildSlots } from './scheduler/slots.js';

/** One participant's agenda email: who gets it, its text and its calendar. */
export interface AgendaMail {
  registrationId: string;
  recipients: { userId: string; email: string }[];
  subject: string;
  text: string;
  ics: string;
}

/** A participant's meetings as a calendar and as text; each entry names the other side. */
export interface RenderedAgenda {
  ics: string;
  text: string;
  count: number;
  entries: (AgendaEntry & { other: string })[];
}

/**
 * Agendas, outcomes and the organizer's counts. Publishing bumps the event's agenda version and writes
 * one outbox event in the same transaction; the job it starts mails each participant's members their
 * agenda with an `.ics`, one delivery per (registration, version, user), so a retried job sends nothing
 * twice. A meeting's outcome is each side's own; a deal is then recorded in the deals context with the
 * meeting as its source (`partiesOf`).
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationDirectory,
    private readonly memberships: MembershipService,
  ) {}

  async publish(actor: Actor, eventId: string): Promise<Pick<EventDto, 'id' | 'agendaVersion'>> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId, true);
      if (!['published', 'registration-closed', 'running'].includes(event.status))
        throw new ConflictError('event-not-open');
      const placed = await manager
        .getRepository(EventMeeting)
        .createQueryBuilder('m')
        .where(`m.event_id = :eventId AND m.status = 'scheduled' AND m.slot_id IS NOT NULL`, { eventId })
        .getCount();
      if (placed === 0) throw new ConflictError('nothing-scheduled');
      event.agendaVersion += 1;
      event.agendaPublishedAt = new Date();
      await manager.save(event);
      await addOutboxEvent(manager, EventType.EventAgendaPublished, {
        eventId,
        version: event.agendaVersion,
      });
      return { id: event.id, agendaVersion: event.agendaVersion };
    });
  }

  /** The caller's agenda as an iCalendar object. */
  async calendarFor(actor: Actor, eventId: string): Promise<string> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    const own = await ownRegistration(manager, actor, eventId);
    return (await this.render(manager, event, own)).ics;
  }

  /** What the agenda job sends for one publication: each participant with a placed meeting, its members. */
  async mailsFor(eventId: string, version: number): Promise<AgendaMail[]> {
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(MatchmakingEvent, { id: eventId });
    if (!event || event.agendaVersion < version) return [];
    const registrations = await manager.findBy(EventRegistration, { eventId, status: 'approved' });
    const mails: AgendaMail[] = [];
    for (const registration of registrations) {
      const rendered = await this.render(manager, event, registration);
      if (rendered.count === 0) continue;
      const members = await this.memberships.contactsOf([registration.organizationId], []);
      mails.push({
        registrationId: registration.id,
        recipients: members.map(({ userId, email }) => ({ userId, email })),
        subject: `【${event.title}】洽谈日程 / Meeting agenda`,
        text: rendered.text,
        ics: rendered.ics,
      });
    }
    return mails;
  }

  async recordOutcome(actor: Actor, eventId: string, meetingId: string, input: OutcomeDto): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await findEvent(manager, actor, eventId);
      const own = await ownRegistration(manager, actor, eventId);
      const meeting = await manager.findOneBy(EventMeeting, { id: meetingId, eventId });
      if (!meeting || ![meeting.registrationAId, meeting.registrationBId].includes(own.id))
        throw new ValidationError([{ field: 'meetingId', code: 'unknown-meeting' }]);
      if (!meeting.slotId) throw new ConflictError('meeting-not-scheduled');
      await manager.upsert(
        EventMeetingOutcome,
        {
          meetingId,
          organizationId: own.organizationId,
          eventId,
          outcome: input.outcome,
          note: input.note ?? '',
          recordedBy: actor.userId,
        },
        ['meetingId', 'organizationId'],
      );
    });
  }

  async counts(actor: Actor, eventId: string): Promise<EventCountsDto> {
    const manager = this.dataSource.manager;
    await managedEvent(manager, actor, eventId);
    const group = async (entity: typeof MeetingRequest | typeof EventMeetingOutcome, column: string) =>
      Object.fromEntries(
        (
          await manager
            .getRepository(entity)
            .createQueryBuilder('x')
            .select(`x.${column}`, 'key')
            .addSelect('count(*)::int', 'n')
            .where('x.event_id = :eventId', { eventId })
            .groupBy(`x.${column}`)
            .getRawMany<{ key: string; n: number }>()
        ).map((row) => [row.key, row.n]),
      );
    const registrations = await manager.findBy(EventRegistration, { eventId });
    const meetings = await manager.findBy(EventMeeting, { eventId, status: 'scheduled' });
    const requests = await group(MeetingRequest, 'status');
    const organizationIds = registrations.map((r) => r.organizationId);
    return {
      registrations: registrations.length,
      ...registrationBreakdowns(organizationIds, await this.organizations.summaries(organizationIds)),
      approved: registrations.filter((r) => r.status === 'approved').length,
      ...(await checkInCounts(manager, eventId)),
      requests,
      acceptanceRate: acceptanceRate(requests),
      meetingsPlaced: meetings.filter((m) => m.slotId !== null).length,
      meetingsUnplaced: meetings.filter((m) => m.slotId === null).length,
      ...meetingAttendance(await manager.findBy(EventMeetingOutcome, { eventId })),
      outcomes: await group(EventMeetingOutcome, 'outcome'),
    };
  }

  /** The two organizations of a meeting, for a deal recorded from it; null when there is no such meeting. */
  async partiesOf(meetingId: string): Promise<{ organizationIds: [string, string] } | null> {
    const meeting = await this.dataSource.getRepository(EventMeeting).findOneBy({ id: meetingId });
    if (!meeting) return null;
    const registrations = await this.dataSource
      .getRepository(EventRegistration)
      .findBy({ id: In([meeting.registrationAId, meeting.registrationBId]) });
    const [a, b] = [meeting.registrationAId, meeting.registrationBId].map(
      (id) => registrations.find((r) => r.id === id)!.organizationId,
    );
    return { organizationIds: [a!, b!] };
  }

  private async render(
    manager: EntityManager,
    event: MatchmakingEvent,
    registration: EventRegistration,
  ): Promise<RenderedAgenda> {
    const meetings = await manager
      .getRepository(EventMeeting)
      .createQueryBuilder('m')
      .where(`m.event_id = :eventId AND m.status = 'scheduled' AND m.slot_id IS NOT NULL`, {
        eventId: event.id,
      })
      .andWhere('(m.registration_a_id = :id OR m.registration_b_id = :id)', { id: registration.id })
      .orderBy('m.slot_id')
      .getMany();
    return this.renderMeetings(manager, event, registration.id, meetings, 'PUBLISH');
  }

  /**
   * Some of one participant's meetings as a calendar (`PUBLISH` for the agenda and moved meetings,
   * `CANCEL` for meetings called off, each with its sequence already raised) and as lines of text. Every
   * meeting must have a slot: a cancelled one is passed with the slot it had.
   */
  async renderMeetings(
    manager: EntityManager,
    event: MatchmakingEvent,
    registrationId: string,
    meetings: readonly EventMeeting[],
    method: AgendaMethod,
  ): Promise<RenderedAgenda> {
    const others = meetings.map((m) =>
      m.registrationAId === registrationId ? m.registrationBId : m.registrationAId,
    );
    const otherRegistrations = others.length
      ? await manager.findBy(EventRegistration, { id: In(others) })
      : [];
    const organizations = await this.organizations.summaries(
      [event.organizerOrganizationId, ...otherRegistrations.map((r) => r.organizationId)],
      manager,
    );
    const nameOf = (registrationId: string) =>
      organizations.get(otherRegistrations.find((r) => r.id === registrationId)?.organizationId ?? '')
        ?.name ?? '';
    const slots = new Map(buildSlots(event.plan).map((s) => [s.id, s]));
    const entries: RenderedAgenda['entries'] = meetings.map((m, i) => {
      const slot = slots.get(m.slotId!)!;
      const other = nameOf(others[i]!);
      const table = event.tables.find((t) => t.id === m.tableId);
      return {
        meetingId: m.id,
        start: slot.start,
        end: slot.end,
        title: `对接洽谈：${other}`,
        location:
          event.format === 'online'
            ? (table?.link ?? table?.name ?? '')
            : `${event.venueName ?? ''} ${table?.name ?? ''}`.trim(),
        ...(event.format === 'online' && table?.link ? { url: table.link } : {}),
        sequence: m.sequence,
        other,
      };
    });
    const organizer = organizations.get(event.organizerOrganizationId)?.name ?? '';
    const ics = renderAgendaCalendar(
      {
        name: event.title,
        organizer: { name: organizer, email: this.config.MAIL_FROM.replace(/^.*<|>.*$/g, '') },
        uidDomain: new URL(this.config.PUBLIC_URL).hostname,
      },
      entries,
      method,
    );
    const time = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    const text = [
      `${event.title} — 洽谈日程 / Meeting agenda`,
      '',
      ...entries.map((e) => `${time(e.start)}  ${e.location}  ${e.title}`),
    ].join('\n');
    return { ics, text, count: entries.length, entries };
  }
}

/** Participants checked in on any day (each once), and check-ins per event day. */
async function checkInCounts(
  manager: EntityManager,
  eventId: string,
): Promise<Pick<EventCountsDto, 'checkedIn' | 'checkedInByDay'>> {
  const checkIns = manager
    .getRepository(EventCheckIn)
    .createQueryBuilder('c')
    .where('c.event_id = :eventId', {
      eventId,
    });
  const [{ checkedIn }] = await checkIns
    .clone()
    .select('count(DISTINCT c.registration_id)::int', 'checkedIn')
    .getRawMany<{ checkedIn: number }>();
  const byDay = await checkIns
    .select(`to_char(c.day, 'YYYY-MM-DD')`, 'day')
    .addSelect('count(*)::int', 'n')
    .groupBy('c.day')
    .getRawMany<{ day: string; n: number }>();
  return { checkedIn, checkedInByDay: Object.fromEntries(byDay.map((row) => [row.day, row.n])) };
}
