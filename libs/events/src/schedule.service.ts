import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ValidationError, type Language } from '#core';
import { inTransaction } from '#database';
import { addOutboxEvent, EventType } from '#queue';
import { OrganizationDirectory, type Actor } from '#identity';
import { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
import { MeetingSeat } from './domain/meeting-seat.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import type { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type {
  MeetingDto,
  MoveMeetingDto,
  ScheduleRunDto,
  WalkInMeetingDto,
} from './dto/participation.dto.js';
import { ENDED_STATUSES } from './domain/event-terms.js';
import { MeetingRequest } from './domain/meeting-request.entity.js';
import { findEvent, managedEvent, manages, ownRegistration } from './event-access.js';
import { UNPLACED_REASON_TEXT } from './scheduler/reasons.js';
import { schedule } from './scheduler/scheduler.js';
import { buildSlots } from './scheduler/slots.js';
import type { Placement, ScheduleInput } from './scheduler/types.js';

/** A run inside a request: the scheduler's budget (docs/EVENTS.md: events of hundreds of meetings fit). */
const RUN_LIMIT_MS = 3_000;
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * The schedule: the scheduler places an event's meetings (accepted requests) in slots and tables, and
 * organizers move or pin single meetings by hand. Every placement writes the two participants' seats,
 * whose unique key refuses a double booking in the database whatever the code above it does; a table's
 * unique index does the same for tables. A re-run passes the current schedule, so the scheduler moves
 * as few meetings as it can.
 */
@Injectable()
export class ScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async run(actor: Actor, eventId: string, lang: Language): Promise<ScheduleRunDto> {
    const { result } = await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId, true);
      if (ENDED_STATUSES.includes(event.status)) throw new ConflictError('event-ended');
      const meetings = await manager.findBy(EventMeeting, { eventId, status: 'scheduled' });
      const registrations = await manager.findBy(EventRegistration, { eventId, status: 'approved' });
      const slots = buildSlots(event.plan);
      const approved = new Set(registrations.map((r) => r.id));
      const live = meetings.filter((m) => approved.has(m.registrationAId) && approved.has(m.registrationBId));
      const input: ScheduleInput = {
        slots,
        tables: event.tables.map((t) => ({ id: t.id })),
        participants: registrations.map((r) => ({
          id: r.id,
          availableSlotIds: r.availableSlotIds ?? slots.map((s) => s.id),
          maxMeetings: event.maxMeetingsPerParticipant,
        })),
        meetings: live.map((m) => ({
          id: m.id,
          participantIds: [m.registrationAId, m.registrationBId] as const,
          score: Number(m.score),
          priority: 'accepted' as const,
          ...(m.pinned && m.slotId ? { pinned: { slotId: m.slotId, tableId: m.tableId! } } : {}),
        })),
        current: live.flatMap((m): Placement[] =>
          m.slotId && m.tableId ? [{ meetingId: m.id, slotId: m.slotId, tableId: m.tableId }] : [],
        ),
      };
      const result = await schedule(input, { timeLimitMs: RUN_LIMIT_MS, seed: 1 });
      await manager.delete(MeetingSeat, { eventId });
      await manager.update(EventMeeting, { eventId, status: 'scheduled' }, { slotId: null, tableId: null });
      const byId = new Map(meetings.map((m) => [m.id, m]));
      for (const placement of result.placed) {
        const meeting = byId.get(placement.meetingId)!;
        if (await this.place(manager, event, meeting, placement.slotId, placement.tableId))
          await this.announce(manager, actor, meeting, 'moved', placement.slotId);
      }
      for (const unplaced of result.unplaced) {
        const meeting = byId.get(unplaced.meetingId)!;
        // A meeting on a published agenda that no longer fits: its two sides must take it off their calendars.
        const dropped = meeting.slotId !== null && event.agendaVersion > 0;
        await manager.update(
          EventMeeting,
          { id: unplaced.meetingId },
          {
            unplacedReason: unplaced.reason,
            unplacedRegistrationId: unplaced.participantId ?? null,
            ...(dropped ? { sequence: meeting.sequence + 1 } : {}),
          },
        );
        if (dropped) {
          meeting.sequence += 1;
          await this.announce(manager, actor, meeting, 'unscheduled', meeting.slotId!);
        }
      }
      return { result };
    });
    const meetings = await this.meetings(actor, eventId, lang);
    return {
      placed: meetings.filter((m) => m.slotId !== null),
      unplaced: meetings.filter((m) => m.slotId === null),
      upperBound: result.bound.meetings,
      boundKind: result.bound.kind,
      moved: result.moved,
      method: result.method,
    };
  }

  /** An organizer puts one meeting in a slot and at a table (pinned unless said otherwise). */
  async move(
    actor: Actor,
    eventId: string,
    meetingId: string,
    input: MoveMeetingDto,
    lang: Language,
  ): Promise<MeetingDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId, true);
      const meeting = await manager.findOneBy(EventMeeting, { id: meetingId, eventId, status: 'scheduled' });
      if (!meeting) throw new ValidationError([{ field: 'meetingId', code: 'unknown-meeting' }]);
      await this.placeAt(manager, actor, event, meeting, input.slotId, input.tableId, input.pinned ?? true);
    });
    return (await this.meetings(actor, eventId, lang)).find((m) => m.id === meetingId)!;
  }

  /**
   * A walk-in meeting, added on the spot by organizers between two approved participants: placed and
   * pinned at once (a table, or the first free one in the slot), with the same checks as a move.
   */
  async addWalkIn(
    actor: Actor,
    eventId: string,
    input: WalkInMeetingDto,
    lang: Language,
  ): Promise<MeetingDto> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId, true);
      if (ENDED_STATUSES.includes(event.status) || event.status === 'draft')
        throw new ConflictError('event-not-open');
      if (input.registrationAId === input.registrationBId)
        throw new ValidationError([{ field: 'registrationBId', code: 'same-registration' }]);
      const parties = await manager.findBy(EventRegistration, {
        eventId,
        status: 'approved',
        id: In([input.registrationAId, input.registrationBId]),
      });
      const errors = (['registrationAId', 'registrationBId'] as const)
        .filter((field) => !parties.some((p) => p.id === input[field]))
        .map((field) => ({ field, code: 'unknown-registration' }));
      if (errors.length > 0) throw new ValidationError(errors);
      const meeting = await manager.save(
        manager.create(EventMeeting, {
          eventId,
          requestId: null,
          registrationAId: input.registrationAId,
          registrationBId: input.registrationBId,
          score: '0',
        }),
      );
      await this.placeAt(manager, actor, event, meeting, input.slotId, input.tableId, true);
      return meeting.id;
    });
    return (await this.meetings(actor, eventId, lang)).find((m) => m.id === id)!;
  }

  /**
   * Puts one meeting in a slot, at the given table or the first one free then, after checking the slot,
   * the table and both sides' availability (400 with a field error); a slot where the table or either
   * side is taken is a 409 — the seats' and the table's unique keys decide, whoever got there first.
   * Used by organizers' moves and walk-ins and by the accepting side choosing a slot.
   */
  async placeAt(
    manager: EntityManager,
    actor: Actor,
    event: MatchmakingEvent,
    meeting: EventMeeting,
    slotId: string,
    tableId: string | undefined,
    pinned: boolean,
  ): Promise<void> {
    if (!buildSlots(event.plan).some((s) => s.id === slotId))
      throw new ValidationError([{ field: 'slotId', code: 'unknown-slot' }]);
    if (tableId !== undefined && !event.tables.some((t) => t.id === tableId))
      throw new ValidationError([{ field: 'tableId', code: 'unknown-table' }]);
    const parties = await manager.findBy(EventRegistration, {
      id: In([meeting.registrationAId, meeting.registrationBId]),
    });
    if (parties.some((p) => p.availableSlotIds && !p.availableSlotIds.includes(slotId)))
      throw new ValidationError([{ field: 'slotId', code: 'participant-unavailable' }]);
    let table = tableId;
    if (table === undefined) {
      const taken = new Set(
        (await manager.findBy(EventMeeting, { eventId: event.id, slotId, status: 'scheduled' }))
          .filter((m) => m.id !== meeting.id)
          .map((m) => m.tableId),
      );
      table = event.tables.find((t) => !taken.has(t.id))?.id;
      if (table === undefined) throw new ConflictError('tables-full');
    }
    await manager.delete(MeetingSeat, { meetingId: meeting.id });
    meeting.pinned = pinned;
    try {
      if (await this.place(manager, event, meeting, slotId, table))
        await this.announce(manager, actor, meeting, 'moved', slotId);
    } catch (error) {
      // The seat's or the table's unique key: the slot is taken for one of them, whoever got there first.
      if (isUniqueViolation(error)) throw new ConflictError('slot-taken');
      throw error;
    }
  }

  /**
   * Calls one meeting off (organizers, or either of its two sides): its seats are freed, its request is
   * cancelled (so it no longer counts against either cap), and once the agenda went out its calendar
   * entry's SEQUENCE goes up and its two sides are told (the one who cancelled excepted).
   */
  async cancelMeeting(actor: Actor, eventId: string, meetingId: string, lang: Language): Promise<MeetingDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await findEvent(manager, actor, eventId, true);
      if (ENDED_STATUSES.includes(event.status)) throw new ConflictError('event-ended');
      const meeting = await manager.findOneBy(EventMeeting, { id: meetingId, eventId });
      if (!meeting) throw new ValidationError([{ field: 'meetingId', code: 'unknown-meeting' }]);
      if (!manages(actor, event)) {
        const own = await ownRegistration(manager, actor, eventId);
        if (![meeting.registrationAId, meeting.registrationBId].includes(own.id))
          throw new ValidationError([{ field: 'meetingId', code: 'unknown-meeting' }]);
      }
      if (meeting.status === 'cancelled') throw new ConflictError('meeting-cancelled');
      await manager.delete(MeetingSeat, { meetingId });
      const told = meeting.slotId !== null && event.agendaVersion > 0;
      meeting.status = 'cancelled';
      if (told) meeting.sequence += 1;
      await manager.save(meeting);
      if (meeting.requestId)
        await manager.update(
          MeetingRequest,
          { id: meeting.requestId, status: 'accepted' },
          { status: 'cancelled' },
        );
      if (told) await this.announce(manager, actor, meeting, 'cancelled', meeting.slotId!);
    });
    return (await this.meetings(actor, eventId, lang)).find((m) => m.id === meetingId)!;
  }

  /** Organizers: every meeting. Participants: their own. */
  async meetings(actor: Actor, eventId: string, lang: Language): Promise<MeetingDto[]> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    const own = manages(actor, event) ? null : await ownRegistration(manager, actor, eventId);
    const meetings = await manager.find(EventMeeting, {
      where: own
        ? [
            { eventId, registrationAId: own.id },
            { eventId, registrationBId: own.id },
          ]
        : { eventId },
      order: { slotId: 'ASC', tableId: 'ASC', createdAt: 'ASC' },
    });
    return this.present(manager, event, meetings, lang);
  }

  async present(
    manager: EntityManager,
    event: MatchmakingEvent,
    meetings: EventMeeting[],
    lang: Language,
  ): Promise<MeetingDto[]> {
    const slots = new Map(buildSlots(event.plan).map((s) => [s.id, s]));
    const tables = new Map(event.tables.map((t) => [t.id, t]));
    const registrations = meetings.length
      ? await manager.findBy(EventRegistration, {
          id: In([...new Set(meetings.flatMap((m) => [m.registrationAId, m.registrationBId]))]),
        })
      : [];
    const orgOf = new Map(registrations.map((r) => [r.id, r.organizationId]));
    const organizations = await this.organizations.summaries([...orgOf.values()], manager);
    const outcomes = meetings.length
      ? await manager.findBy(EventMeetingOutcome, { meetingId: In(meetings.map((m) => m.id)) })
      : [];
    const nameOf = (id: string) => organizations.get(orgOf.get(id) ?? '')?.name ?? '';
    return meetings.map((m) => {
      const slot = m.slotId ? slots.get(m.slotId) : undefined;
      return {
        id: m.id,
        requestId: m.requestId,
        registrationAId: m.registrationAId,
        registrationBId: m.registrationBId,
        organizationAName: nameOf(m.registrationAId),
        organizationBName: nameOf(m.registrationBId),
        score: Number(m.score),
        slotId: m.slotId,
        start: slot?.start ?? null,
        end: slot?.end ?? null,
        tableId: m.tableId,
        tableName: m.tableId ? (tables.get(m.tableId)?.name ?? null) : null,
        pinned: m.pinned,
        unplacedReason: m.slotId ? null : m.unplacedReason,
        unplacedText:
          m.slotId || !m.unplacedReason
            ? null
            : UNPLACED_REASON_TEXT[m.unplacedReason][lang].replace(
                '{{participant}}',
                m.unplacedRegistrationId ? nameOf(m.unplacedRegistrationId) : '',
              ),
        status: m.status,
        outcomes: outcomes.filter((o) => o.meetingId === m.id).map((o) => o.outcome),
      };
    });
  }

  /** The change notice of a meeting on a published agenda, in the transaction that changed it. */
  private announce(
    manager: EntityManager,
    actor: Actor,
    meeting: EventMeeting,
    change: 'moved' | 'cancelled' | 'unscheduled',
    slotId: string,
  ): Promise<unknown> {
    return addOutboxEvent(manager, EventType.EventMeetingChanged, {
      eventId: meeting.eventId,
      meetingId: meeting.id,
      sequence: meeting.sequence,
      change,
      slotId,
      byUserId: actor.userId,
    });
  }

  /**
   * Puts a meeting in a slot and at a table and writes its two seats (the database refuses a double
   * booking). True when a meeting on a published agenda moved: its two sides are to be told.
   */
  private async place(
    manager: EntityManager,
    event: MatchmakingEvent,
    meeting: EventMeeting,
    slotId: string,
    tableId: string,
  ): Promise<boolean> {
    const previous = meeting.slotId;
    const moved = meeting.slotId !== slotId || meeting.tableId !== tableId;
    meeting.slotId = slotId;
    meeting.tableId = tableId;
    meeting.unplacedReason = null;
    meeting.unplacedRegistrationId = null;
    // Once the agenda went out, a moved meeting is a changed calendar entry: its SEQUENCE goes up. A
    // meeting placed for the first time is not a change: the next publication brings it.
    const changed = moved && event.agendaVersion > 0 && previous !== null;
    if (changed) meeting.sequence += 1;
    await manager.save(meeting);
    await manager.insert(
      MeetingSeat,
      [meeting.registrationAId, meeting.registrationBId].map((registrationId) => ({
        meetingId: meeting.id,
        registrationId,
        eventId: event.id,
        slotId,
      })),
    );
    return changed;
  }
}
