import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, ValidationError, wanToYuan, type Language } from '#core';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import type {
  ChallengeBoardPageDto,
  ChallengeBoardQueryDto,
  ChallengeDto,
  OpenChallengeDto,
  ProposalDto,
  ScoreProposalDto,
  SubmitProposalDto,
} from '../dto/challenge.dto.js';
import { DemandService } from '../demands/demand.service.js';
import { Challenge } from './challenge.entity.js';
import { Proposal, type ProposalStatus } from './proposal.entity.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
const toWan = (yuan: string) => Number(yuan) / 10_000;
const today = () => new Date().toISOString().slice(0, 10);

export type ProposalDecision = 'shortlist' | 'award';

/** A proposal as its notices tell it (see `ChallengeService.noticeOf`). */
export interface ProposalNotice {
  proposalId: string;
  status: ProposalStatus;
  summary: string;
  proposerOrganizationId: string;
  proposerName: string;
  demandId: string;
  demandTitle: string;
  demandOwnerId: string;
}

/**
 * 揭榜挂帅: the owner of a published demand opens a call with an award and weighted criteria; other
 * organizations that can read the demand submit one proposal each; the owner shortlists, scores and
 * awards. A proposal is seen only by the owner and by the organization that wrote it.
 */
@Injectable()
export class ChallengeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandService,
    private readonly audit: AuditService,
    private readonly directory: OrganizationDirectory,
    private readonly outbox: OutboxService,
  ) {}

  async open(actor: Actor, demandId: string, input: OpenChallengeDto, lang: Language): Promise<ChallengeDto> {
    assertCriteria(input);
    if (input.deadline <= today()) throw new ValidationError([{ field: 'deadline', code: 'deadline-past' }]);
    try {
      await this.dataSource.transaction(async (manager) => {
        const demand = await this.demands.lockForEdit(manager, actor, demandId);
        if (!['published', 'in_progress'].includes(demand.status)) {
          throw new ConflictError('invalid-transition', { action: 'open-challenge', status: demand.status });
        }
        // A call that outlives its demand would take proposals for a problem no longer on offer.
        if (demand.deadline && input.deadline > demand.deadline)
          throw new ValidationError([{ field: 'deadline', code: 'after-demand-deadline' }]);
        const challenge = await manager.save(
          manager.create(Challenge, {
            demandId,
            awardYuan: String(wanToYuan(input.awardWan)),
            deadline: input.deadline,
            criteria: input.criteria.map(({ name, weight }) => ({ name, weight })),
            description: input.description ?? null,
          }),
        );
        await this.record(manager, actor, 'challenge.opened', 'challenge', challenge.id, {
          demandId,
          awardWan: input.awardWan,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('challenge-exists');
      throw error;
    }
    return this.get(actor, demandId, lang);
  }

  /**
   * The owner ends an open call without an award: proposals still waiting are declined, so each
   * proposer's own list shows the outcome.
   */
  async close(actor: Actor, demandId: string, lang: Language): Promise<ChallengeDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.demands.lockForEdit(manager, actor, demandId);
      const challenge = await manager.findOne(Challenge, {
        where: { demandId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge) throw new NotFoundError('challenge-not-found');
      if (challenge.status !== 'open') throw new ConflictError('challenge-closed');
      challenge.status = 'closed';
      await manager.save(challenge);
      const waiting = await manager.find(Proposal, {
        select: { id: true },
        where: { challengeId: challenge.id, status: In(['submitted', 'shortlisted']) },
      });
      await manager.update(
        Proposal,
        { challengeId: challenge.id, status: In(['submitted', 'shortlisted']) },
        { status: 'declined' },
      );
      await this.announceOutcomes(manager, waiting, 'declined');
      await this.record(manager, actor, 'challenge.closed', 'challenge', challenge.id, { demandId });
    });
    return this.get(actor, demandId, lang);
  }

  /**
   * The call itself is public to whoever can read the demand in full; the proposals are not. A
   * confidential demand's call (its description, criteria and award say what the teaser keeps back)
   * does not exist for those who see the demand as a teaser.
   */
  async get(actor: Actor | null, demandId: string, lang: Language): Promise<ChallengeDto> {
    await this.readableDemand(actor, demandId, lang);
    const challenge = await this.dataSource.getRepository(Challenge).findOneBy({ demandId });
    if (!challenge) throw new NotFoundError('challenge-not-found');
    const proposalCount = await this.dataSource
      .getRepository(Proposal)
      .countBy({ challengeId: challenge.id });
    return {
      id: challenge.id,
      demandId,
      awardWan: toWan(challenge.awardYuan),
      deadline: challenge.deadline,
      criteria: challenge.criteria,
      description: challenge.description,
      status: challenge.status,
      proposalCount,
    };
  }

  /**
   * The 揭榜挂帅 board: calls still taking proposals on demands the caller may see, newest demand first.
   * Which demands show, and how (a confidential one as its teaser, found by its province only), is the
   * 难题榜's own rule; a teaser's call shows its deadline but not its award.
   */
  async board(
    actor: Actor | null,
    query: ChallengeBoardQueryDto,
    lang: Language,
  ): Promise<ChallengeBoardPageDto> {
    const page = await this.demands.list(
      actor,
      { field: query.field, regionCode: query.regionCode, limit: query.limit, cursor: query.cursor },
      lang,
      { openChallenge: true },
    );
    const ids = page.items.map((demand) => demand.id);
    const calls = ids.length
      ? await this.dataSource.getRepository(Challenge).findBy({ demandId: In(ids) })
      : [];
    const byDemand = new Map(calls.map((call) => [call.demandId, call]));
    return {
      items: page.items.flatMap((demand) => {
        const call = byDemand.get(demand.id);
        if (!call) return [];
        return [
          { demand, awardWan: demand.redacted ? null : toWan(call.awardYuan), deadline: call.deadline },
        ];
      }),
      nextCursor: page.nextCursor,
    };
  }

  async submit(
    actor: Actor,
    demandId: string,
    input: SubmitProposalDto,
    lang: Language,
  ): Promise<ProposalDto> {
    if (!actor.organizationId) {
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    }
    const organizationId = actor.organizationId;
    // A confidential problem is answered only by those who were allowed to read it.
    const demand = await this.readableDemand(actor, demandId, lang);
    if (demand.canEdit || demand.organizationId === organizationId) throw new ConflictError('own-demand');
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        // Checked under a share lock held until the proposal is stored: a close or an award (which lock
        // the call for update) either comes after and decides this proposal with the others, or came
        // first and this is refused; never a proposal left waiting on an ended call.
        const challenge = await manager.findOne(Challenge, {
          where: { demandId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!challenge) throw new NotFoundError('challenge-not-found');
        if (challenge.status !== 'open' || challenge.deadline < today())
          throw new ConflictError('challenge-closed');
        const proposal = await manager.save(
          manager.create(Proposal, {
            challengeId: challenge.id,
            organizationId,
            submittedBy: actor.userId,
            summary: input.summary,
            approach: input.approach,
            team: input.team,
            costYuan: String(wanToYuan(input.costWan)),
            durationDays: input.durationDays,
          }),
        );
        await this.record(manager, actor, 'proposal.submitted', 'proposal', proposal.id, { demandId });
        await this.outbox.add(manager, EventType.ProposalSubmitted, { proposalId: proposal.id });
        return proposal.id;
      });
      return this.proposal(id);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('proposal-exists');
      throw error;
    }
  }

  /** The owner sees every proposal, best score first; anyone else only their own organization's. */
  async list(actor: Actor, demandId: string, lang: Language): Promise<ProposalDto[]> {
    const demand = await this.readableDemand(actor, demandId, lang);
    const challenge = await this.dataSource.getRepository(Challenge).findOneBy({ demandId });
    if (!challenge) throw new NotFoundError('challenge-not-found');
    const qb = this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .where('p.challenge_id = :challengeId', { challengeId: challenge.id })
      .orderBy('p.total_score', 'DESC', 'NULLS LAST')
      .addOrderBy('p.created_at', 'ASC');
    if (!demand.canEdit) {
      if (!actor.organizationId) return [];
      qb.andWhere('p.organization_id = :org', { org: actor.organizationId });
    }
    return (await this.directory.withNames(await qb.getMany())).map(toProposalDto);
  }

  async score(
    actor: Actor,
    demandId: string,
    proposalId: string,
    input: ScoreProposalDto,
  ): Promise<ProposalDto> {
    await this.dataSource.transaction(async (manager) => {
      const { challenge, proposal } = await this.lockProposal(manager, actor, demandId, proposalId);
      const names = challenge.criteria.map((c) => c.name).sort();
      const given = Object.entries(input.scores);
      const valid =
        given.length === names.length &&
        given.every(
          ([name, value]) => names.includes(name) && Number.isInteger(value) && value >= 0 && value <= 100,
        );
      if (!valid) throw new ValidationError([{ field: 'scores', code: 'score-criteria' }]);
      const total = challenge.criteria.reduce((sum, c) => sum + (input.scores[c.name] * c.weight) / 100, 0);
      proposal.scores = input.scores;
      proposal.totalScore = total.toFixed(2);
      await manager.save(proposal);
      await this.record(manager, actor, 'proposal.scored', 'proposal', proposal.id, { demandId, total });
    });
    return this.proposal(proposalId);
  }

  async decide(
    actor: Actor,
    demandId: string,
    proposalId: string,
    decision: ProposalDecision,
  ): Promise<ProposalDto> {
    await this.dataSource.transaction(async (manager) => {
      const { challenge, proposal } = await this.lockProposal(manager, actor, demandId, proposalId);
      if (challenge.status !== 'open') throw new ConflictError('challenge-closed');
      const allowed: Record<ProposalDecision, ProposalStatus[]> = {
        shortlist: ['submitted'],
        award: ['submitted', 'shortlisted'],
      };
      if (!allowed[decision].includes(proposal.status)) {
        throw new ConflictError('invalid-transition', { action: decision, status: proposal.status });
      }
      const outcome = decision === 'award' ? 'awarded' : 'shortlisted';
      proposal.status = outcome;
      await manager.save(proposal);
      await this.announceOutcomes(manager, [proposal], outcome);
      if (decision === 'award') {
        challenge.status = 'awarded';
        challenge.awardedProposalId = proposal.id;
        await manager.save(challenge);
        const others = await manager.find(Proposal, {
          select: { id: true },
          where: { challengeId: challenge.id, id: Not(proposal.id), status: Not('declined') },
        });
        await manager.update(
          Proposal,
          { challengeId: challenge.id, id: Not(proposal.id) },
          { status: 'declined' },
        );
        await this.announceOutcomes(manager, others, 'declined');
      }
      await this.record(
        manager,
        actor,
        `proposal.${decision === 'award' ? 'awarded' : 'shortlisted'}`,
        'proposal',
        proposal.id,
        {
          demandId,
        },
      );
    });
    return this.proposal(proposalId);
  }

  /**
   * The two organizations of an awarded 揭榜方案 — the demand's owner and the winning team — for other
   * contexts (a deal recorded from the award); null when the proposal does not exist or was not awarded.
   */
  async awardPartiesOf(proposalId: string): Promise<{ organizationIds: [string, string] } | null> {
    const proposal = await this.dataSource.getRepository(Proposal).findOne({
      where: { id: proposalId, status: 'awarded' },
      relations: { challenge: { demand: true } },
    });
    return proposal
      ? { organizationIds: [proposal.challenge.demand.organizationId, proposal.organizationId] }
      : null;
  }

  /**
   * What a proposal's notices say: the proposer, the demand (its title, its owner) and the summary; null
   * when the proposal is gone. Read by the worker, not shown to a caller.
   */
  async noticeOf(proposalId: string): Promise<ProposalNotice | null> {
    const proposal = await this.dataSource.getRepository(Proposal).findOne({
      where: { id: proposalId },
      relations: { challenge: { demand: true } },
    });
    if (!proposal) return null;
    const [named] = await this.directory.withNames([proposal]);
    const demand = proposal.challenge.demand;
    return {
      proposalId,
      status: proposal.status,
      summary: proposal.summary,
      proposerOrganizationId: proposal.organizationId,
      proposerName: named?.organizationName ?? '',
      demandId: demand.id,
      demandTitle: demand.title,
      demandOwnerId: demand.organizationId,
    };
  }

  /** Proposers are told of their proposal's outcome (shortlisted, awarded, declined). */
  private async announceOutcomes(
    manager: EntityManager,
    proposals: { id: string }[],
    status: 'shortlisted' | 'awarded' | 'declined',
  ): Promise<void> {
    for (const { id } of proposals)
      await this.outbox.add(manager, EventType.ProposalDecided, { proposalId: id, status });
  }

  private async lockProposal(manager: EntityManager, actor: Actor, demandId: string, proposalId: string) {
    await this.demands.lockForEdit(manager, actor, demandId);
    const challenge = await manager.findOne(Challenge, {
      where: { demandId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!challenge) throw new NotFoundError('challenge-not-found');
    const proposal = await manager.findOne(Proposal, {
      where: { id: proposalId, challengeId: challenge.id },
    });
    if (!proposal) throw new NotFoundError('proposal-not-found');
    return { challenge, proposal };
  }

  /** The demand in full, or a 404 for its call: a teaser reader learns nothing of it, not even that it exists. */
  private async readableDemand(actor: Actor | null, demandId: string, lang: Language) {
    const demand = await this.demands.view(actor, demandId, lang);
    if (demand.redacted) throw new NotFoundError('challenge-not-found');
    return demand;
  }

  private async proposal(id: string): Promise<ProposalDto> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneByOrFail({ id });
    const [shown] = await this.directory.withNames([proposal]);
    return toProposalDto(shown!);
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    subjectType: string,
    subjectId: string,
    data: Record<string, unknown>,
  ) {
    await this.audit.record(manager, {
      action,
      subjectType,
      subjectId,
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      data,
      ip: actor.ip,
    });
  }
}

/** Criteria names are distinct and their weights add up to 100, so a weighted total is a score out of 100. */
function assertCriteria(input: OpenChallengeDto): void {
  const names = new Set(input.criteria.map((c) => c.name));
  const weight = input.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (names.size !== input.criteria.length || weight !== 100) {
    throw new ValidationError([{ field: 'criteria', code: 'criteria-weights' }]);
  }
}

function toProposalDto(p: Proposal): ProposalDto {
  return {
    id: p.id,
    organizationId: p.organizationId,
    organizationName: p.organizationName ?? '',
    summary: p.summary,
    approach: p.approach,
    team: p.team,
    costWan: toWan(p.costYuan),
    durationDays: p.durationDays,
    status: p.status,
    scores: p.scores,
    totalScore: p.totalScore === null ? null : Number(p.totalScore),
    createdAt: p.createdAt,
  };
}
