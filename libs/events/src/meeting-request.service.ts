import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ValidationError, type Language } from '#core';
import { inTransaction } from '#database';
import { OrganizationDirectory, type Actor } from '#identity';
import { MatchConversations, MatchingService } from '#matching';
import { pairAllowed, type PostingRef } from './domain/event-terms.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { MeetingRequest } from './domain/meeting-request.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import { ScheduleService } from './schedule.service.js';
import type {
  AcceptRequestDto,
  DeclineRequestDto,
  MeetingRequestDto,
  SendRequestDto,
  PairSuggestionDto,
} from './dto/participation.dto.js';
import { findEvent, manages, ownRegistration } from './event-access.js';
import { postingKey } from './posting-titles.js';

const HOUR = 3_600_000;
/** Requests are sent while participants prepare and on the day, not before publication or after. */
const REQUESTS_OPEN = ['published', 'registration-closed', 'running'];
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
/** Two registrations' open request, whichever side asked. */
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Suggested pairs and meeting requests. Suggestions are the marketplace's stored matches between the
 * approved participants' postings, allowed by the event's pairing rules, best first. A request goes
 * from one participant's posting to another's; the asked side accepts (then the meeting exists, for
 * the scheduler to place) or declines; in `automatic` mode it is accepted when sent. An unanswered
 * request expires after the event's expiry hours, which frees the capacity it held. A request over a
 * stored match opens (or finds) the match's conversation between the two organizations.
 */
@Injectable()
export class MeetingRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conversations: MatchConversations,
    private readonly matching: MatchingService,
    private readonly organizations: OrganizationDirectory,
    private readonly schedules: ScheduleService,
  ) {}

  async suggestions(actor: Actor, eventId: string, lang: Language): Promise<PairSuggestionDto[]> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    // Independent reads go out together: this page is read by every participant, often, on the day.
    const [own, registrations] = await Promise.all([
      manages(actor, event) ? null : ownRegistration(manager, actor, eventId),
      manager.findBy(EventRegistration, { eventId, status: 'approved' }),
    ]);
    const holder = new Map<string, EventRegistration>();
    for (const r of registrations) for (const p of r.postings) holder.set(postingKey(p), r);
    const everyPosting = registrations.flatMap((r) => r.postings);
    if (everyPosting.length === 0) return [];
    const matches = await this.matching.storedBetween(own ? own.postings : everyPosting, everyPosting, 500);
    const pairs = matches.flatMap((m) => {
      const source = holder.get(postingKey(m.source));
      const candidate = holder.get(postingKey(m.candidate));
      if (!source || !candidate || source.organizationId === candidate.organizationId) return [];
      if (event.pairingRules.length > 0 && !pairAllowed(event.pairingRules, m.source.kind, m.candidate.kind))
        return [];
      // The caller's own posting first; for organizers, the match's source (the need side).
      const flipped = own !== null && candidate.id === own.id;
      return [{ m, from: flipped ? candidate : source, to: flipped ? source : candidate, flipped }];
    });
    if (pairs.length === 0) return [];
    // Only what the pairs show: their organizations and (for a participant) its own requests.
    const [organizations, requests] = await Promise.all([
      this.organizations.summaries(pairs.flatMap(({ from, to }) => [from.organizationId, to.organizationId])),
      manager.find(MeetingRequest, {
        where: own
          ? [
              { eventId, fromRegistrationId: own.id, status: In(['pending', 'accepted']) },
              { eventId, toRegistrationId: own.id, status: In(['pending', 'accepted']) },
            ]
          : { eventId, status: In(['pending', 'accepted']) },
      }),
    ]);
    const requestOf = new Map(requests.map((r) => [pairKey(r.fromRegistrationId, r.toRegistrationId), r]));
    return pairs.map(({ m, from, to, flipped }) => {
      const [fromPosting, toPosting] = flipped ? [m.candidate, m.source] : [m.source, m.candidate];
      const request = requestOf.get(pairKey(from.id, to.id));
      return {
        matchId: m.id,
        score: m.score,
        from: fromPosting,
        to: toPosting,
        fromRegistrationId: from.id,
        toRegistrationId: to.id,
        fromOrganizationName: organizations.get(from.organizationId)?.name ?? '',
        toOrganizationName: organizations.get(to.organizationId)?.name ?? '',
        // An organizer holds neither posting: it reads the pair without either side's hidden facts.
        reasons: m.reasonsSeenBy[own === null ? 'onlooker' : flipped ? 'candidate' : 'source'][lang] ?? [],
        requestStatus: request?.status ?? null,
      };
    });
  }

  async send(
    actor: Actor,
    eventId: string,
    input: SendRequestDto,
    now = new Date(),
  ): Promise<MeetingRequestDto> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const event = await findEvent(manager, actor, eventId, true);
      if (!REQUESTS_OPEN.includes(event.status)) throw new ConflictError('requests-closed');
      const from = await ownRegistration(manager, actor, eventId);
      await this.expire(manager, eventId, now);
      const to = await manager.findOneBy(EventRegistration, {
        id: input.toRegistrationId,
        eventId,
        status: 'approved',
      });
      if (!to) throw new ValidationError([{ field: 'toRegistrationId', code: 'unknown-registration' }]);
      if (to.organizationId === from.organizationId)
        throw new ValidationError([{ field: 'toRegistrationId', code: 'same-organization' }]);
      const holds = (r: EventRegistration, ref: PostingRef) =>
        r.postings.some((p) => p.kind === ref.kind && p.id === ref.id);
      if (!holds(from, input.fromPosting))
        throw new ValidationError([{ field: 'fromPosting.id', code: 'not-registered-posting' }]);
      if (!holds(to, input.toPosting))
        throw new ValidationError([{ field: 'toPosting.id', code: 'not-registered-posting' }]);
      if (
        event.pairingRules.length > 0 &&
        !pairAllowed(event.pairingRules, input.fromPosting.kind, input.toPosting.kind)
      )
        throw new ValidationError([{ field: 'toPosting.kind', code: 'pairing-not-allowed' }]);
      if ((await this.load(manager, from.id)) >= event.maxMeetingsPerParticipant)
        throw new ValidationError([{ field: 'toRegistrationId', code: 'cap-reached' }]);
      const open = await manager.findOne(MeetingRequest, {
        where: [
          {
            eventId,
            fromRegistrationId: from.id,
            toRegistrationId: to.id,
            status: In(['pending', 'accepted']),
          },
          {
            eventId,
            fromRegistrationId: to.id,
            toRegistrationId: from.id,
            status: In(['pending', 'accepted']),
          },
        ],
      });
      if (open) throw new ConflictError('request-exists');
      const match = await this.matching.lockedPair(manager, input.fromPosting, input.toPosting);
      const automatic = event.requestMode === 'automatic';
      let request: MeetingRequest;
      try {
        request = await manager.save(MeetingRequest, {
          eventId,
          fromRegistrationId: from.id,
          toRegistrationId: to.id,
          fromPostingKind: input.fromPosting.kind,
          fromPostingId: input.fromPosting.id,
          toPostingKind: input.toPosting.kind,
          toPostingId: input.toPosting.id,
          matchId: match?.id ?? null,
          score: match?.score ?? '0',
          message: input.message ?? '',
          status: automatic ? 'accepted' : 'pending',
          answeredAt: automatic ? now : null,
          expiresAt: new Date(now.getTime() + event.requestExpiryHours * HOUR),
          createdBy: actor.userId,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('request-exists');
        throw error;
      }
      if (match) {
        request.conversationId = await this.conversations.open(manager, match, {
          userId: actor.userId,
          organizationId: from.organizationId,
          ...(input.message ? { message: input.message } : {}),
        });
        await manager.save(MeetingRequest, request);
      }
      if (automatic) await this.meetingFor(manager, request);
      return request.id;
    });
    return this.one(actor, eventId, id);
  }

  async accept(
    actor: Actor,
    eventId: string,
    requestId: string,
    input: AcceptRequestDto = {},
    now = new Date(),
  ): Promise<MeetingRequestDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const { event, request } = await this.answerable(manager, actor, eventId, requestId, now);
      // Where the accepting side picks a slot, it must; elsewhere the organizers' scheduler does.
      const picks = event.schedulingMode === 'accepting-side';
      if (picks !== (input.slotId !== undefined))
        throw new ValidationError([
          { field: 'slotId', code: picks ? 'slot-required' : 'organizer-schedules' },
        ]);
      if ((await this.load(manager, request.toRegistrationId)) >= event.maxMeetingsPerParticipant)
        throw new ConflictError('cap-reached');
      request.status = 'accepted';
      request.answeredAt = now;
      await manager.save(request);
      await this.meetingFor(manager, request);
      if (picks) {
        const meeting = await manager.findOneByOrFail(EventMeeting, { requestId: request.id });
        await this.schedules.placeAt(manager, actor, event, meeting, input.slotId!, undefined, true);
      }
    });
    return this.one(actor, eventId, requestId);
  }

  async decline(
    actor: Actor,
    eventId: string,
    requestId: string,
    input: DeclineRequestDto,
    now = new Date(),
  ): Promise<MeetingRequestDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const { request } = await this.answerable(manager, actor, eventId, requestId, now);
      request.status = 'declined';
      request.declineReason = input.reason ?? null;
      request.answeredAt = now;
      await manager.save(request);
    });
    return this.one(actor, eventId, requestId);
  }

  /** Organizers: every request of the event. Participants: those they sent or received. */
  async list(actor: Actor, eventId: string, now = new Date()): Promise<MeetingRequestDto[]> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    await this.expire(manager, eventId, now);
    const own = manages(actor, event) ? null : await ownRegistration(manager, actor, eventId);
    const requests = await manager.find(MeetingRequest, {
      where: own
        ? [
            { eventId, fromRegistrationId: own.id },
            { eventId, toRegistrationId: own.id },
          ]
        : { eventId },
      order: { createdAt: 'DESC' },
    });
    return this.present(manager, requests);
  }

  private async one(actor: Actor, eventId: string, requestId: string): Promise<MeetingRequestDto> {
    const all = await this.list(actor, eventId);
    return all.find((r) => r.id === requestId)!;
  }

  /** The pending request the caller's registration was asked, locked; an expired one is marked so and refused. */
  private async answerable(
    manager: EntityManager,
    actor: Actor,
    eventId: string,
    requestId: string,
    now: Date,
  ): Promise<{ event: MatchmakingEvent; request: MeetingRequest }> {
    const event = await findEvent(manager, actor, eventId, true);
    const own = await ownRegistration(manager, actor, eventId);
    const request = await manager.findOne(MeetingRequest, {
      where: { id: requestId, eventId, toRegistrationId: own.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new ValidationError([{ field: 'requestId', code: 'unknown-request' }]);
    if (request.status === 'pending' && request.expiresAt <= now) {
      request.status = 'expired';
      await manager.save(request);
    }
    if (request.status !== 'pending') throw new ConflictError('request-not-pending');
    return { event, request };
  }

  /** Pending requests past their time become `expired`: they no longer hold either side's capacity. */
  private async expire(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(MeetingRequest)
      .set({ status: 'expired' })
      .where(`event_id = :eventId AND status = 'pending' AND expires_at <= :now`, { eventId, now })
      .execute();
  }

  /** Requests a registration holds open (pending ones it sent, accepted ones either way): what the cap counts. */
  private async load(manager: EntityManager, registrationId: string): Promise<number> {
    return manager
      .getRepository(MeetingRequest)
      .createQueryBuilder('r')
      .where(
        `(r.from_registration_id = :id AND r.status IN ('pending', 'accepted')) OR (r.to_registration_id = :id AND r.status = 'accepted')`,
        { id: registrationId },
      )
      .getCount();
  }

  private async meetingFor(manager: EntityManager, request: MeetingRequest): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventMeeting)
      .values({
        eventId: request.eventId,
        requestId: request.id,
        registrationAId: request.fromRegistrationId,
        registrationBId: request.toRegistrationId,
        score: request.score,
      })
      .orIgnore()
      .execute();
  }

  private async present(manager: EntityManager, requests: MeetingRequest[]): Promise<MeetingRequestDto[]> {
    const registrations = requests.length
      ? await manager.findBy(EventRegistration, {
          id: In([...new Set(requests.flatMap((r) => [r.fromRegistrationId, r.toRegistrationId]))]),
        })
      : [];
    const orgOf = new Map(registrations.map((r) => [r.id, r.organizationId]));
    const organizations = await this.organizations.summaries([...orgOf.values()], manager);
    const nameOf = (id: string) => organizations.get(orgOf.get(id) ?? '')?.name ?? '';
    return requests.map((r) => ({
      id: r.id,
      fromRegistrationId: r.fromRegistrationId,
      toRegistrationId: r.toRegistrationId,
      fromOrganizationName: nameOf(r.fromRegistrationId),
      toOrganizationName: nameOf(r.toRegistrationId),
      fromPosting: { kind: r.fromPostingKind, id: r.fromPostingId },
      toPosting: { kind: r.toPostingKind, id: r.toPostingId },
      score: Number(r.score),
      message: r.message,
      status: r.status,
      declineReason: r.declineReason,
      conversationId: r.conversationId,
      expiresAt: r.expiresAt,
      createdAt: r.createdAt,
    }));
  }
}
