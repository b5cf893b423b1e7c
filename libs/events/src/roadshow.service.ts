import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from '#core';
import { inTransaction } from '#database';
import { OrganizationDirectory, type Actor } from '#identity';
import { InvestorMarks, type InvestorMark } from '#matching';
import { ENDED_STATUSES, type EventStatus, type PostingRef } from './domain/event-terms.js';
import type { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { MeetingRequest } from './domain/meeting-request.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import { RoadshowMark, RoadshowPitch } from './domain/roadshow.entity.js';
import type {
  MarkProjectDto,
  RoadshowMarkDto,
  RoadshowPitchDto,
  RoadshowRankingDto,
  SetRoadshowProgrammeDto,
} from './dto/roadshow.dto.js';
import { findEvent, managedEvent, manages, ownRegistration } from './event-access.js';
import { MeetingRequestService } from './meeting-request.service.js';
import { postingFacts, type PostingFacts } from './posting-titles.js';

/**
 * Investors mark while the pitches run and right after the last one (a finished event), not before the
 * event runs (nobody has pitched) nor once it is archived or cancelled.
 */
const MARKING_OPEN: readonly EventStatus[] = ['running', 'finished'];
/** The follow-up request a 约谈 mark sends, in the investor's name. */
const FOLLOW_UP_MESSAGE = '路演现场约谈';

const requireRoadshow = (event: MatchmakingEvent) => {
  if (event.kind === 'one-to-one') throw new ConflictError('not-a-roadshow');
};

/**
 * 路演: the organizers' ordered programme of pitching projects, the investor participants' marks on them
 * (each written onto the project ↔ financing-offer match; 约谈 also proposes a follow-up meeting request
 * through the ordinary request path) and the organizers' ranking of the projects by their marks.
 */
@Injectable()
export class RoadshowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly marks: InvestorMarks,
    private readonly requests: MeetingRequestService,
    private readonly organizations: OrganizationDirectory,
  ) {}

  /** The programme, for its organizers and approved participants (with the caller's own marks). */
  async programme(actor: Actor, eventId: string): Promise<RoadshowPitchDto[]> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    requireRoadshow(event);
    const own = manages(actor, event) ? null : await ownRegistration(manager, actor, eventId);
    const mine = own ? await manager.findBy(RoadshowMark, { eventId, registrationId: own.id }) : [];
    const marked = new Map(mine.map((m) => [m.projectId, m.mark]));
    const pitches = await this.presentPitches(manager, eventId);
    return pitches.map((pitch) => ({ ...pitch, myMark: marked.get(pitch.projectId) ?? null }));
  }

  /** Organizers replace the programme: published projects of approved participants, in pitching order. */
  async setProgramme(
    actor: Actor,
    eventId: string,
    input: SetRoadshowProgrammeDto,
  ): Promise<RoadshowPitchDto[]> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await managedEvent(manager, actor, eventId, true);
      requireRoadshow(event);
      if (ENDED_STATUSES.includes(event.status)) throw new ConflictError('event-ended');
      const registrations = await manager.findBy(EventRegistration, { eventId, status: 'approved' });
      const holder = new Map<string, EventRegistration>();
      for (const r of registrations)
        for (const p of r.postings) if (p.kind === 'project') holder.set(p.id, r);
      const facts = await postingFacts(
        manager,
        input.projectIds.map((id) => ({ kind: 'project' as const, id })),
      );
      const errors = input.projectIds.flatMap((id, index) =>
        holder.has(id) && facts.get(`project:${id}`)?.open
          ? []
          : [{ field: `projectIds.${index}`, code: 'not-registered-project' }],
      );
      if (errors.length > 0) throw new ValidationError(errors);
      await manager.delete(RoadshowPitch, { eventId });
      if (input.projectIds.length === 0) return;
      await manager.insert(
        RoadshowPitch,
        input.projectIds.map((projectId, index) => ({
          eventId,
          projectId,
          registrationId: holder.get(projectId)!.id,
          position: index + 1,
        })),
      );
    });
    return this.programme(actor, eventId);
  }

  /**
   * An investor participant marks a pitched project: idempotent, the last mark wins. The mark is written
   * onto the project ↔ offer match in the same transaction; a 约谈 mark then proposes a follow-up request
   * from the offer to the project (or finds the open one between the two), by the request rules — when
   * one refuses (cap, pairing rules, requests closed after the event), the mark stands and says why.
   */
  async mark(
    actor: Actor,
    eventId: string,
    projectId: string,
    input: MarkProjectDto,
  ): Promise<RoadshowMarkDto> {
    const { mark, pitch, investor, offer } = await inTransaction(this.dataSource, async (manager) => {
      const event = await findEvent(manager, actor, eventId, true);
      requireRoadshow(event);
      if (!MARKING_OPEN.includes(event.status)) throw new ConflictError('roadshow-not-running');
      // Participants first: the programme is theirs and the organizers' to see, not a stranger's to probe.
      const investor = await ownRegistration(manager, actor, eventId);
      const pitch = await manager.findOneBy(RoadshowPitch, { eventId, projectId });
      if (!pitch) throw new NotFoundError('not-in-programme');
      const offer = await this.markingOffer(manager, investor, input.offerId);
      const presenter = await manager.findOneByOrFail(EventRegistration, { id: pitch.registrationId });
      if (presenter.organizationId === investor.organizationId) throw new ForbiddenError('own-project');
      const match = await this.marks.record(
        manager,
        {
          project: { id: projectId, organizationId: presenter.organizationId },
          offer: { id: offer.id, organizationId: investor.organizationId },
        },
        input.mark,
        actor,
      );
      await manager.upsert(
        RoadshowMark,
        {
          eventId,
          projectId,
          registrationId: investor.id,
          offerId: offer.id,
          mark: input.mark,
          matchId: match.id,
          markedBy: actor.userId,
        },
        ['eventId', 'projectId', 'registrationId'],
      );
      const mark = await manager.findOneByOrFail(RoadshowMark, {
        eventId,
        projectId,
        registrationId: investor.id,
      });
      return { mark, pitch, investor, offer };
    });
    const followUp =
      mark.mark === 'meeting'
        ? await this.followUp(actor, eventId, investor, pitch, offer)
        : { id: null, refused: null };
    return {
      projectId,
      offerId: mark.offerId,
      mark: mark.mark,
      matchId: mark.matchId,
      meetingRequestId: followUp.id,
      meetingRequestRefused: followUp.refused,
      markedAt: mark.markedAt,
    };
  }

  /** Organizers: the programme's projects with their marks counted, 约谈 first, then 感兴趣. */
  async ranking(actor: Actor, eventId: string): Promise<RoadshowRankingDto[]> {
    const manager = this.dataSource.manager;
    const event = await managedEvent(manager, actor, eventId);
    requireRoadshow(event);
    const pitches = await this.presentPitches(manager, eventId);
    const counts = await manager
      .createQueryBuilder(RoadshowMark, 'm')
      .select('m.project_id', 'projectId')
      .addSelect('m.mark', 'mark')
      .addSelect('count(*)::int', 'count')
      .where('m.event_id = :eventId', { eventId })
      .groupBy('m.project_id')
      .addGroupBy('m.mark')
      .getRawMany<{ projectId: string; mark: InvestorMark; count: number }>();
    const count = (projectId: string, mark: InvestorMark) =>
      counts.find((c) => c.projectId === projectId && c.mark === mark)?.count ?? 0;
    return pitches
      .map(({ position, projectId, title, organizationName }) => ({
        position,
        projectId,
        title,
        organizationName,
        meeting: count(projectId, 'meeting'),
        interested: count(projectId, 'interested'),
        notInterested: count(projectId, 'not-interested'),
      }))
      .sort(
        (a, b) =>
          b.meeting - a.meeting ||
          b.interested - a.interested ||
          a.notInterested - b.notInterested ||
          a.position - b.position,
      );
  }

  /** The pitches in order with each project's title (a confidential one's teaser) and presenter's name. */
  private async presentPitches(
    manager: EntityManager,
    eventId: string,
  ): Promise<Omit<RoadshowPitchDto, 'myMark'>[]> {
    const pitches = await manager.find(RoadshowPitch, { where: { eventId }, order: { position: 'ASC' } });
    const facts = await postingFacts(
      manager,
      pitches.map((p) => ({ kind: 'project' as const, id: p.projectId })),
    );
    const registrations = await manager.findBy(EventRegistration, {
      id: In(pitches.map((p) => p.registrationId)),
    });
    const names = await this.organizations.summaries(registrations.map((r) => r.organizationId));
    const organizationOf = new Map(registrations.map((r) => [r.id, r.organizationId]));
    return pitches.map((p) => ({
      position: p.position,
      projectId: p.projectId,
      title: facts.get(`project:${p.projectId}`)?.title ?? '',
      registrationId: p.registrationId,
      organizationName: names.get(organizationOf.get(p.registrationId) ?? '')?.name ?? '',
    }));
  }

  /** The investor's published financing offer the mark is for: the one named, or its only one. */
  private async markingOffer(
    manager: EntityManager,
    investor: EventRegistration,
    offerId: string | undefined,
  ): Promise<PostingRef & Pick<PostingFacts, 'organizationId'>> {
    const brought = investor.postings.filter((p) => p.kind === 'financing-offer');
    const facts = await postingFacts(manager, brought);
    const offers = brought.filter((p) => facts.get(`financing-offer:${p.id}`)?.open);
    if (offers.length === 0) throw new ForbiddenError('not-an-investor');
    const offer = offerId
      ? offers.find((p) => p.id === offerId)
      : offers.length === 1
        ? offers[0]
        : undefined;
    if (!offer)
      throw new ValidationError([
        { field: 'offerId', code: offerId ? 'not-registered-offer' : 'offer-required' },
      ]);
    return { ...offer, organizationId: investor.organizationId };
  }

  /** The 约谈 follow-up: the open request between the two if there is one, else a new one by the rules. */
  private async followUp(
    actor: Actor,
    eventId: string,
    investor: EventRegistration,
    pitch: RoadshowPitch,
    offer: PostingRef,
  ): Promise<{ id: string | null; refused: string | null }> {
    const open = await this.dataSource.manager.findOne(MeetingRequest, {
      where: [
        { eventId, fromRegistrationId: investor.id, toRegistrationId: pitch.registrationId },
        { eventId, fromRegistrationId: pitch.registrationId, toRegistrationId: investor.id },
      ].map((pair) => ({ ...pair, status: In(['pending', 'accepted']) })),
    });
    if (open) return { id: open.id, refused: null };
    try {
      const sent = await this.requests.send(actor, eventId, {
        toRegistrationId: pitch.registrationId,
        fromPosting: { kind: 'financing-offer', id: offer.id },
        toPosting: { kind: 'project', id: pitch.projectId },
        message: FOLLOW_UP_MESSAGE,
      });
      return { id: sent.id, refused: null };
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return { id: null, refused: error.fieldErrors[0]?.code ?? error.code };
    }
  }
}
