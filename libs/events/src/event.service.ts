import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  techFieldWithSubfields,
  ValidationError,
  type FieldError,
} from '#core';
import { inTransaction } from '#database';
import { OrganizationDirectory, type Actor } from '#identity';
import { addOutboxEvent, EventType } from '#queue';
import { ENDED_STATUSES, NEXT_STATUS, type PairingRule } from './domain/event-terms.js';
import { MeetingSeat } from './domain/meeting-seat.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type {
  CreateEventDto,
  EventDto,
  EventListQueryDto,
  TransitionEventDto,
  UpdateEventDto,
} from './dto/event.dto.js';
import { findEvent, managedEvent, manages } from './event-access.js';
import { planErrors, planOf, tableErrors } from './event-plan.js';
import { buildSlots } from './scheduler/slots.js';

const LIST_LIMIT = 200;

/**
 * Events as organizers set them up and everyone finds them. Only an organization of type `organizer`
 * creates events; it and the co-organizers it names manage them. A draft is seen by its managers alone;
 * from `published` on, anyone (signed in or not) reads the event.
 */
@Injectable()
export class EventService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async create(actor: Actor, input: CreateEventDto): Promise<EventDto> {
    const acting = actor.organizationId;
    const organizer = acting ? await this.organizations.summary(acting) : null;
    if (!organizer || organizer.type !== 'organizer') throw new ForbiddenError('organizer-only');
    const plan = planOf(input);
    const { slots, errors } = planErrors(plan);
    errors.push(...tableErrors(input.tables));
    if (input.format === 'onsite' && !input.venueName)
      errors.push({ field: 'venueName', code: 'isNotEmpty' });
    const deadline = new Date(input.registrationDeadline);
    if (slots[0] && deadline >= slots[0].start)
      errors.push({ field: 'registrationDeadline', code: 'after-event-start' });
    const coOrganizerIds = [...new Set(input.coOrganizerIds ?? [])].filter((id) => id !== acting);
    errors.push(...(await this.unknownOrganizations(coOrganizerIds)));
    if (errors.length > 0) throw new ValidationError(errors);
    const event = await this.dataSource.getRepository(MatchmakingEvent).save({
      organizerOrganizationId: organizer.id,
      coOrganizerIds,
      title: input.title,
      description: input.description ?? '',
      kind: input.kind,
      format: input.format,
      venueName: input.venueName ?? null,
      venueAddress: input.venueAddress ?? null,
      regionCode: input.regionCode,
      techFields: input.techFields ?? [],
      plan,
      tables: input.tables.map((t) => ({ id: t.id, name: t.name, ...(t.link ? { link: t.link } : {}) })),
      pairingRules: (input.pairingRules ?? []).map((rule): PairingRule => [rule.a, rule.b]),
      maxMeetingsPerParticipant: input.maxMeetingsPerParticipant,
      registrationDeadline: deadline,
      capacity: input.capacity ?? null,
      approvalRequired: input.approvalRequired,
      requestMode: input.requestMode,
      schedulingMode: input.schedulingMode,
      requestExpiryHours: input.requestExpiryHours ?? 72,
      createdBy: actor.userId,
    });
    return this.get(actor, event.id);
  }

  /** Published events for everyone, newest first; the caller's own drafts besides; narrowed by `query`. */
  async list(actor: Actor | null, query: EventListQueryDto): Promise<EventDto[]> {
    if (query.from && query.to && query.to < query.from)
      throw new ValidationError([{ field: 'to', code: 'before-from' }]);
    const acting = actor?.organizationId ?? null;
    const events = this.dataSource.getRepository(MatchmakingEvent).createQueryBuilder('e');
    events.where(
      new Brackets((visible) => {
        visible.where(`e.status NOT IN ('draft', 'archived')`);
        if (acting)
          visible.orWhere('(e.organizer_organization_id = :acting OR :acting = ANY(e.co_organizer_ids))', {
            acting,
          });
      }),
    );
    narrow(events, query);
    return this.present(actor, await events.orderBy('e.created_at', 'DESC').limit(LIST_LIMIT).getMany());
  }

  async get(actor: Actor | null, id: string): Promise<EventDto> {
    const event = await findEvent(this.dataSource.manager, actor, id);
    return (await this.present(actor, [event]))[0]!;
  }

  async update(actor: Actor, id: string, input: UpdateEventDto): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, id, true);
      if (ENDED_STATUSES.includes(event.status)) throw new ConflictError('event-ended');
      const errors: FieldError[] = input.tables ? tableErrors(input.tables) : [];
      const deadline = input.registrationDeadline ? new Date(input.registrationDeadline) : undefined;
      const first = buildSlots(event.plan)[0];
      if (deadline && first && deadline >= first.start)
        errors.push({ field: 'registrationDeadline', code: 'after-event-start' });
      if (errors.length > 0) throw new ValidationError(errors);
      Object.assign(event, { ...input, registrationDeadline: deadline ?? event.registrationDeadline });
      await manager.save(event);
    });
    return this.get(actor, id);
  }

  /** One step along draft → published → registration-closed → running → finished → archived. */
  async transition(actor: Actor, id: string, input: TransitionEventDto): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, id, true);
      if (NEXT_STATUS[event.status] !== input.status)
        throw new ValidationError([{ field: 'status', code: 'not-next-status' }]);
      event.status = input.status;
      await manager.save(event);
    });
    return this.get(actor, id);
  }

  /**
   * Calls the event off: its scheduled meetings are cancelled (their calendar entries' SEQUENCE raised,
   * their seats freed) and one outbox event tells every participant, in the same transaction.
   */
  async cancel(actor: Actor, id: string): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, id, true);
      if (ENDED_STATUSES.includes(event.status)) throw new ConflictError('event-ended');
      const wasDraft = event.status === 'draft';
      event.status = 'cancelled';
      await manager.save(event);
      await manager.delete(MeetingSeat, { eventId: id });
      await manager
        .createQueryBuilder()
        .update(EventMeeting)
        .set({ status: 'cancelled', sequence: () => 'sequence + 1' })
        .where(`event_id = :id AND status = 'scheduled'`, { id })
        .execute();
      // A draft had no participants to tell.
      if (!wasDraft)
        await addOutboxEvent(manager, EventType.EventCancelled, { eventId: id, byUserId: actor.userId });
    });
    return this.get(actor, id);
  }

  private async unknownOrganizations(ids: string[]): Promise<FieldError[]> {
    if (ids.length === 0) return [];
    const found = await this.organizations.summaries(ids);
    return found.size === ids.length ? [] : [{ field: 'coOrganizerIds', code: 'unknown-organization' }];
  }

  private async present(actor: Actor | null, events: MatchmakingEvent[]): Promise<EventDto[]> {
    if (events.length === 0) return [];
    const organizers = await this.organizations.summaries(events.map((e) => e.organizerOrganizationId));
    const acting = actor?.organizationId;
    const registrations = acting
      ? await this.dataSource
          .getRepository(EventRegistration)
          .findBy({ eventId: In(events.map((e) => e.id)), organizationId: acting })
      : [];
    return events.map((event) => ({
      id: event.id,
      organizerOrganizationId: event.organizerOrganizationId,
      organizerName: organizers.get(event.organizerOrganizationId)?.name ?? '',
      coOrganizerIds: event.coOrganizerIds,
      title: event.title,
      description: event.description,
      kind: event.kind,
      format: event.format,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      regionCode: event.regionCode,
      techFields: event.techFields,
      days: event.plan.days.map((day) => ({ date: day.date, sessions: [...day.sessions] })),
      breaks: (event.plan.breaks ?? []).map((b) => ({ ...b })),
      meetingMinutes: event.plan.meetingMinutes,
      gapMinutes: event.plan.gapMinutes ?? 0,
      slots: buildSlots(event.plan),
      tables:
        manages(actor, event) || registrations.some((r) => r.eventId === event.id && r.status === 'approved')
          ? event.tables
          : event.tables.map(({ link: _, ...table }) => table),
      pairingRules: event.pairingRules.map(([a, b]) => ({ a, b })),
      maxMeetingsPerParticipant: event.maxMeetingsPerParticipant,
      registrationDeadline: event.registrationDeadline,
      capacity: event.capacity,
      approvalRequired: event.approvalRequired,
      requestMode: event.requestMode,
      schedulingMode: event.schedulingMode,
      requestExpiryHours: event.requestExpiryHours,
      status: event.status,
      agendaVersion: event.agendaVersion,
      manages: manages(actor, event),
      myRegistrationId: registrations.find((r) => r.eventId === event.id)?.id ?? null,
    }));
  }
}

/** The prefix of the region codes within a province (2 digits), a city (4) or a county (6). */
const regionPrefix = (code: string) => code.replace(/(00)+$/, '');

function narrow(events: SelectQueryBuilder<MatchmakingEvent>, query: EventListQueryDto): void {
  if (query.regionCode)
    events.andWhere('e.region_code LIKE :region', { region: `${regionPrefix(query.regionCode)}%` });
  if (query.techField)
    events.andWhere('e.tech_fields && :fields::varchar[]', {
      fields: techFieldWithSubfields(query.techField),
    });
  if (query.kind)
    events.andWhere('e.kind IN (:...kinds)', {
      kinds: query.kind === 'both' ? ['both'] : [query.kind, 'both'],
    });
  if (query.from || query.to)
    // The plan's days are `YYYY-MM-DD` strings, so they compare as dates do.
    events.andWhere(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(e.plan -> 'days') AS day
               WHERE day ->> 'date' BETWEEN :from AND :to)`,
      { from: query.from ?? '0000-01-01', to: query.to ?? '9999-12-31' },
    );
}
