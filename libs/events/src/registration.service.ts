import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import QRCode from 'qrcode';
import { AppConfig, ConflictError, ForbiddenError, ValidationError, type FieldError } from '#core';
import { inTransaction } from '#database';
import { OrganizationDirectory, type Actor } from '#identity';
import { EventCheckIn } from './domain/check-in.entity.js';
import type { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type {
  CheckInCodeDto,
  CheckInDto,
  RegisterForEventDto,
  RegistrationDto,
} from './dto/participation.dto.js';
import { findEvent, managedEvent, manages } from './event-access.js';
import { postingFacts, postingKey } from './posting-titles.js';
import { attendanceDay, buildSlots } from './scheduler/slots.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * Registrations: a verified organization registers with the published postings it brings while the
 * event is open for registration (before its deadline and within its capacity, counted under the
 * event's row lock); the organizers approve or refuse. Organizers see every registration; an approved
 * participant sees the approved others; nobody else sees any.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly config: AppConfig,
  ) {}

  async register(
    actor: Actor,
    eventId: string,
    input: RegisterForEventDto,
    now = new Date(),
  ): Promise<RegistrationDto> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const event = await findEvent(manager, actor, eventId, true);
      const acting = actor.organizationId;
      const organization = acting ? await this.organizations.summary(acting, manager) : null;
      if (!organization) throw new ForbiddenError('organization-required');
      if (organization.verificationStatus !== 'verified')
        throw new ForbiddenError('organization-not-verified');
      if (manages(actor, event)) throw new ConflictError('organizer-cannot-register');
      if (event.status !== 'published' || now >= event.registrationDeadline)
        throw new ConflictError('registration-closed');
      if (event.capacity !== null) {
        const taken = await manager.countBy(EventRegistration, {
          eventId,
          status: In(['pending', 'approved']),
        });
        if (taken >= event.capacity) throw new ConflictError('event-full');
      }
      const errors: FieldError[] = [];
      const facts = await postingFacts(manager, input.postings);
      input.postings.forEach((ref, i) => {
        const posting = facts.get(postingKey(ref));
        if (!posting || posting.organizationId !== organization.id || !posting.open)
          errors.push({ field: `postings.${i}.id`, code: 'not-your-open-posting' });
      });
      const slotIds = new Set(buildSlots(event.plan).map((slot) => slot.id));
      (input.availableSlotIds ?? []).forEach((slot, i) => {
        if (!slotIds.has(slot)) errors.push({ field: `availableSlotIds.${i}`, code: 'unknown-slot' });
      });
      if (errors.length > 0) throw new ValidationError(errors);
      try {
        const saved = await manager.save(EventRegistration, {
          eventId,
          organizationId: organization.id,
          postings: input.postings.map((ref) => ({ kind: ref.kind, id: ref.id })),
          attendees: input.attendees ?? [],
          note: input.note ?? '',
          availableSlotIds: input.availableSlotIds ?? null,
          status: event.approvalRequired ? 'pending' : 'approved',
          checkInToken: randomBytes(32).toString('base64url'),
          createdBy: actor.userId,
        });
        return saved.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('already-registered');
        throw error;
      }
    });
    return (
      await this.present([await this.dataSource.getRepository(EventRegistration).findOneByOrFail({ id })])
    )[0]!;
  }

  async decide(
    actor: Actor,
    eventId: string,
    registrationId: string,
    status: 'approved' | 'refused',
  ): Promise<RegistrationDto> {
    const registration = await inTransaction(this.dataSource, async (manager) => {
      await managedEvent(manager, actor, eventId, true);
      // Locked against a check-in deciding on the same row: a participant checked in at the door
      // stays approved, and one refused is never checked in afterwards.
      const found = await manager.findOne(EventRegistration, {
        where: { id: registrationId, eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new ValidationError([{ field: 'registrationId', code: 'unknown-registration' }]);
      if (status === 'refused' && (await manager.existsBy(EventCheckIn, { registrationId })))
        throw new ConflictError('already-checked-in');
      await manager.update(EventRegistration, { id: found.id }, { status });
      found.status = status;
      return found;
    });
    return (await this.present([registration]))[0]!;
  }

  /** Organizers: every registration. Approved participants: the approved ones. */
  async list(actor: Actor, eventId: string): Promise<RegistrationDto[]> {
    const event = await findEvent(this.dataSource.manager, actor, eventId);
    const repository = this.dataSource.getRepository(EventRegistration);
    if (manages(actor, event))
      return this.present(await repository.find({ where: { eventId }, order: { createdAt: 'ASC' } }));
    const acting = actor.organizationId;
    const own = acting ? await repository.findOneBy({ eventId, organizationId: acting }) : null;
    if (!own) throw new ForbiddenError('not-a-participant');
    if (own.status !== 'approved') return this.present([own]);
    return this.present(
      await repository.find({ where: { eventId, status: 'approved' }, order: { createdAt: 'ASC' } }),
    );
  }

  /** The caller's registration's check-in QR code, shown on its agenda. */
  async checkInCode(actor: Actor, eventId: string): Promise<CheckInCodeDto> {
    await findEvent(this.dataSource.manager, actor, eventId);
    const acting = actor.organizationId;
    const own = acting
      ? await this.dataSource
          .getRepository(EventRegistration)
          .findOneBy({ eventId, organizationId: acting, status: 'approved' })
      : null;
    if (!own) throw new ForbiddenError('not-a-participant');
    // The staff's check-in page, opened by any phone's camera. The token rides in the fragment, which
    // browsers never send, so it stays out of server and proxy logs.
    const url = `${this.config.PUBLIC_URL}/events/${eventId}/check-in#token=${own.checkInToken}`;
    return { token: own.checkInToken, url, svg: await QRCode.toString(url, { type: 'svg', margin: 1 }) };
  }

  /** Staff check a participant in by its QR code or by hand; checking in twice a day keeps the first. */
  async checkIn(actor: Actor, eventId: string, input: CheckInDto): Promise<RegistrationDto> {
    const registration = await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId);
      if (input.walkInOrganizationId && input.method !== 'hand')
        throw new ValidationError([{ field: 'walkInOrganizationId', code: 'walk-in-by-hand' }]);
      const day = arrivalDay(event, input);
      if (input.walkInOrganizationId)
        return this.walkIn(manager, actor, event, input.walkInOrganizationId, day);
      const where =
        input.method === 'qr'
          ? { eventId, checkInToken: input.token ?? '' }
          : { eventId, id: input.registrationId ?? '' };
      const field = input.method === 'qr' ? 'token' : 'registrationId';
      // Share-locked so that refusing the registration waits for this check-in and then sees it.
      const found = (input.method === 'qr' ? input.token : input.registrationId)
        ? await manager.findOne(EventRegistration, { where, lock: { mode: 'pessimistic_read' } })
        : null;
      if (!found || found.status !== 'approved')
        throw new ValidationError([{ field, code: 'unknown-registration' }]);
      await manager
        .createQueryBuilder()
        .insert()
        .into(EventCheckIn)
        .values({
          registrationId: found.id,
          day,
          eventId,
          method: input.method,
          checkedInBy: actor.userId,
        })
        .orIgnore()
        .execute();
      return found;
    });
    return (await this.present([registration]))[0]!;
  }

  /**
   * A verified organization that turns up without registering: registered (approved, bringing no
   * posting), checked in by hand, once; an organization already registered is checked in as it is.
   */
  private async walkIn(
    manager: EntityManager,
    actor: Actor,
    event: MatchmakingEvent,
    organizationId: string,
    day: string,
  ): Promise<EventRegistration> {
    if (!['published', 'registration-closed', 'running'].includes(event.status))
      throw new ConflictError('event-not-open');
    const organization = await this.organizations.summary(organizationId, manager);
    if (!organization || organization.verificationStatus !== 'verified')
      throw new ValidationError([{ field: 'walkInOrganizationId', code: 'unknown-organization' }]);
    if (organizationId === event.organizerOrganizationId || event.coOrganizerIds.includes(organizationId))
      throw new ConflictError('organizer-cannot-register');
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventRegistration)
      .values({
        eventId: event.id,
        organizationId,
        postings: [],
        attendees: [],
        note: '',
        availableSlotIds: null,
        status: 'approved',
        checkInToken: randomBytes(32).toString('base64url'),
        createdBy: actor.userId,
      })
      .orIgnore()
      .execute();
    const registration = await manager.findOneByOrFail(EventRegistration, {
      eventId: event.id,
      organizationId,
    });
    if (registration.status !== 'approved') {
      registration.status = 'approved';
      await manager.save(registration);
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventCheckIn)
      .values({
        registrationId: registration.id,
        day,
        eventId: event.id,
        method: 'hand',
        checkedInBy: actor.userId,
      })
      .orIgnore()
      .execute();
    return registration;
  }

  private async present(registrations: EventRegistration[]): Promise<RegistrationDto[]> {
    if (registrations.length === 0) return [];
    const manager = this.dataSource.manager;
    const organizations = await this.organizations.summaries(registrations.map((r) => r.organizationId));
    // The latest arrival: on the second day of an event, that day's check-in.
    const checkIns = new Map(
      (
        await manager.find(EventCheckIn, {
          where: { registrationId: In(registrations.map((r) => r.id)) },
          order: { day: 'ASC' },
        })
      ).map((c) => [c.registrationId, c.checkedInAt]),
    );
    const facts = await postingFacts(
      manager,
      registrations.flatMap((r) => r.postings),
    );
    return registrations.map((r) => ({
      id: r.id,
      eventId: r.eventId,
      organizationId: r.organizationId,
      organizationName: organizations.get(r.organizationId)?.name ?? '',
      status: r.status,
      postings: r.postings.map((ref) => ({ ...ref, title: facts.get(postingKey(ref))?.title ?? '' })),
      attendees: r.attendees,
      note: r.note,
      availableSlotIds: r.availableSlotIds,
      checkedInAt: checkIns.get(r.id) ?? null,
      createdAt: r.createdAt,
    }));
  }
}

/**
 * The event day a check-in counts for: the one staff name for an arrival entered by hand (an event day,
 * a QR code is scanned at the door), else `attendanceDay` of now.
 */
function arrivalDay(event: MatchmakingEvent, input: CheckInDto): string {
  if (input.day === undefined) return attendanceDay(event.plan, new Date());
  if (input.method !== 'hand') throw new ValidationError([{ field: 'day', code: 'day-by-hand' }]);
  if (!event.plan.days.some((d) => d.date === input.day))
    throw new ValidationError([{ field: 'day', code: 'not-an-event-day' }]);
  return input.day;
}
