import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import {
  assertNoNulls,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  wanToYuan,
  wanToYuanColumn,
  type FieldError,
} from '#core';
import { inTransaction } from '#database';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { addOutboxEvent, EventType } from '#queue';
import { DealPresenter, presentTerms, sideOf, type Viewer } from './deal-presenter.js';
import { chinaToday, stageErrors, termErrors } from './deal-rules.js';
import { DealSources } from './deal-sources.js';
import { categoryOf, type DealSide, type DealStage } from './deal-terms.js';
import { Deal, type DealTerms } from './deal.entity.js';
import type {
  ConfirmDealDto,
  CreateDealDto,
  DealDto,
  DealQueryDto,
  DealSourcePartiesDto,
  DealSourceQueryDto,
  DisputeDealDto,
  MoveDealStageDto,
  UpdateDealDto,
  DealHistoryEntryDto,
} from './dto/deal.dto.js';
import { DEAL_HISTORY_ACTIONS, type DealHistoryAction } from './dto/deal.dto.js';

const LIST_LIMIT = 200;

/** What the notify job tells the other side of a change. */
export interface DealNotice {
  dealId: string;
  /** The organization told: the side that did not make the change. */
  recipientOrganizationId: string;
  actorOrganizationName: string;
  projectName: string;
  contractValueYuan: number;
  stage: DealStage;
}
const TERM_KEYS: (keyof DealTerms)[] = [
  'kind',
  'projectName',
  'contractValueYuan',
  'techTransactionYuan',
  'signedOn',
  'termMonths',
  'techField',
  'ipType',
  'registrationNumber',
];
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
const other = (side: DealSide): DealSide => (side === 'buyer' ? 'seller' : 'buyer');

/**
 * 成交: deals recorded by one party and confirmed by the other. Only a deal both parties confirmed
 * counts; either side may dispute it; once confirmed, an edit is a proposed change that applies when the
 * other side confirms it. Members of the two organizations read a deal, platform admins too; for anyone
 * else it does not exist. Confirming, disputing and editing speak for the organization, so they need
 * its owner or an admin; any member records a deal and moves its stage. Every change is audited and
 * written to the outbox (`deal.changed`), which tells the other side.
 */
@Injectable()
export class DealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: DealSources,
    private readonly organizations: OrganizationDirectory,
    private readonly presenter: DealPresenter,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateDealDto, now = new Date()): Promise<DealDto> {
    const today = chinaToday(now);
    const errors: FieldError[] = [];
    const { buyerOrganizationId: buyer, sellerOrganizationId: seller } = input;
    if (buyer === seller) errors.push({ field: 'sellerOrganizationId', code: 'same-organization' });
    const parties = await this.sources.partiesKnownTo(input.sourceType, input.sourceId, actor.memberships);
    // A source the caller is no party of, or whose other party is still anonymous to it, reads exactly
    // like one that does not exist, whoever the body names.
    if (!parties) errors.push({ field: 'sourceId', code: 'source-not-yours' });
    else if (buyer !== seller && !(parties.includes(buyer) && parties.includes(seller)))
      errors.push({ field: 'buyerOrganizationId', code: 'parties-not-of-source' });
    const stage = input.stage ?? 'intent';
    const stageOn = input.stageOn ?? today;
    if (stageOn > today) errors.push({ field: 'stageOn', code: 'date-in-future' });
    const terms: DealTerms = {
      kind: input.kind,
      projectName: input.projectName,
      contractValueYuan: String(wanToYuan(input.contractValueWan)),
      techTransactionYuan: wanToYuanColumn(input.techTransactionWan),
      signedOn: input.signedOn ?? null,
      termMonths: input.termMonths ?? null,
      techField: input.techField ?? null,
      ipType: input.ipType ?? 'none',
      registrationNumber: input.registrationNumber ?? null,
    };
    errors.push(...termErrors(terms, stage, today));
    if (terms.signedOn && stage !== 'signed' && terms.signedOn > stageOn)
      errors.push({ field: 'signedOn', code: 'after-stage-date' });
    if (errors.length > 0) throw new ValidationError(errors);

    const summaries = await this.organizations.summaries([buyer, seller]);
    const [buyerOrg, sellerOrg] = [summaries.get(buyer), summaries.get(seller)];
    if (!buyerOrg || !sellerOrg) throw new ValidationError([{ field: 'sourceId', code: 'source-not-yours' }]);
    const side: DealSide =
      actor.organizationId === seller || (actor.organizationId !== buyer && !actor.memberships.has(buyer))
        ? 'seller'
        : 'buyer';
    const confirms = this.speaksFor(actor, side === 'buyer' ? buyer : seller);
    const stageDates: Partial<Record<DealStage, string>> = {
      [stage]: stage === 'signed' ? terms.signedOn! : stageOn,
    };
    if (terms.signedOn) stageDates.signed = terms.signedOn;

    const id = await this.writing(() =>
      inTransaction(this.dataSource, async (manager) => {
        const deal = await manager.save(
          manager.create(Deal, {
            ...terms,
            sourceType: input.sourceType,
            sourceId: input.sourceId,
            buyerOrganizationId: buyer,
            buyerType: buyerOrg.type,
            buyerRegionCode: buyerOrg.regionCode,
            sellerOrganizationId: seller,
            sellerType: sellerOrg.type,
            sellerRegionCode: sellerOrg.regionCode,
            category: categoryOf(terms.kind),
            stage,
            stageDates,
            status: 'pending',
            ...confirmation(side, confirms ? { at: now, by: actor.userId } : null),
            version: 1,
            createdBy: actor.userId,
          }),
        );
        await this.changed(manager, actor, deal, side, 'deal.created', { terms, stage, confirmed: confirms });
        return deal.id;
      }),
    );
    return this.get(actor, id);
  }

  /**
   * The two organizations a deal from this source would be between, so a form can offer them as buyer
   * and seller; 404 when the source does not exist or the caller is no party of it.
   */
  async sourceParties(actor: Actor, query: DealSourceQueryDto): Promise<DealSourcePartiesDto> {
    const parties = await this.sources.partiesKnownTo(query.sourceType, query.sourceId, actor.memberships);
    if (!parties) throw new NotFoundError('not-found');
    const summaries = await this.organizations.summaries(parties);
    return {
      organizations: parties.map((id) => ({
        id,
        name: summaries.get(id)?.name ?? '',
        mine: actor.memberships.has(id),
      })),
    };
  }

  /** The deals of the acting organization (every organization of the caller's without one), newest first. */
  async list(actor: Actor, query: DealQueryDto): Promise<DealDto[]> {
    const organizations = actor.organizationId ? [actor.organizationId] : [...actor.memberships.keys()];
    if (organizations.length === 0) return [];
    const builder = this.dataSource
      .getRepository(Deal)
      .createQueryBuilder('d')
      .where(
        new Brackets((q) =>
          q
            .where('d.buyer_organization_id = ANY(:orgs)', { orgs: organizations })
            .orWhere('d.seller_organization_id = ANY(:orgs)', { orgs: organizations }),
        ),
      )
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(LIST_LIMIT);
    for (const key of ['status', 'category', 'kind', 'stage', 'sourceType', 'sourceId'] as const)
      if (query[key] !== undefined) builder.andWhere(`d.${key} = :${key}`, { [key]: query[key] });
    return this.presenter.present(actor, await builder.getMany());
  }

  /** The deal's audited changes, oldest first, for whoever may read the deal (404 otherwise). */
  async history(actor: Actor, id: string): Promise<DealHistoryEntryDto[]> {
    const deal = await this.dataSource.getRepository(Deal).findOneBy({ id });
    if (!deal || !(sideOf(actor, deal) || actor.platformRole === 'admin'))
      throw new NotFoundError('deal-not-found');
    const entries = await this.audit.trail(this.dataSource.manager, 'deal', id);
    return entries.flatMap((entry) => {
      const action = entry.action.replace(/^deal\./, '') as DealHistoryAction;
      if (!DEAL_HISTORY_ACTIONS.includes(action)) return [];
      const data = entry.data as {
        side?: DealSide;
        version?: number;
        terms?: Partial<DealTerms>;
        reason?: string;
        stage?: DealStage;
        to?: DealStage;
        on?: string;
      };
      return [
        {
          action,
          side: data.side ?? null,
          at: entry.at.toISOString(),
          version: data.version ?? null,
          terms: data.terms ? presentTerms(data.terms) : null,
          reason: data.reason ?? null,
          stage: data.to ?? data.stage ?? null,
          on: data.on ?? null,
        },
      ];
    });
  }

  async get(actor: Actor, id: string): Promise<DealDto> {
    const deal = await this.dataSource.getRepository(Deal).findOneBy({ id });
    if (!deal || !(sideOf(actor, deal) || actor.platformRole === 'admin'))
      throw new NotFoundError('deal-not-found');
    const [dto] = await this.presenter.present(actor, [deal]);
    return dto!;
  }

  /**
   * The caller's side confirms the deal as it reads — or, when the other side proposed a change, that
   * change, which then applies. Both sides confirmed: the deal counts.
   */
  async confirm(actor: Actor, id: string, input: ConfirmDealDto, now = new Date()): Promise<DealDto> {
    await this.writing(() =>
      this.modify(actor, id, true, async (manager, deal, side) => {
        if (input.version !== undefined && input.version !== deal.version)
          throw new ConflictError('deal-changed', { version: deal.version });
        const change = deal.pendingChange;
        if (change) {
          if (change.bySide === side) throw new ConflictError('deal-already-confirmed');
          if (change.byUserId === actor.userId) throw new ConflictError('same-confirmer');
          // The deal may have moved on (a stage, a signing date) since the change was proposed.
          const errors = termErrors({ ...termsOf(deal), ...change.terms }, deal.stage, chinaToday(now));
          if (errors.length > 0) throw new ValidationError(errors);
          Object.assign(deal, change.terms, { pendingChange: null });
          if (change.terms.kind) deal.category = categoryOf(change.terms.kind);
          return this.changed(manager, actor, deal, side, 'deal.change-confirmed', { terms: change.terms });
        }
        if (confirmedBy(deal, side)) throw new ConflictError('deal-already-confirmed');
        if (confirmedBy(deal, other(side)) === actor.userId) throw new ConflictError('same-confirmer');
        Object.assign(deal, confirmation(side, { at: now, by: actor.userId }));
        if (confirmedBy(deal, other(side))) {
          deal.status = 'confirmed';
          Object.assign(deal, { disputedBy: null, disputeReason: null, disputedAt: null });
        }
        return this.changed(manager, actor, deal, side, 'deal.confirmed', { status: deal.status });
      }),
    );
    return this.get(actor, id);
  }

  /** Either side contests the deal: it stops counting (and any proposed change is dropped) until both confirm again. */
  async dispute(actor: Actor, id: string, input: DisputeDealDto, now = new Date()): Promise<DealDto> {
    await this.modify(actor, id, true, async (manager, deal, side) => {
      if (deal.status === 'disputed') throw new ConflictError('deal-disputed');
      Object.assign(deal, {
        status: 'disputed',
        disputedBy: side,
        disputeReason: input.reason,
        disputedAt: now,
        pendingChange: null,
        ...confirmation(side, null),
      });
      return this.changed(manager, actor, deal, side, 'deal.disputed', { reason: input.reason });
    });
    return this.get(actor, id);
  }

  /**
   * An edit of the terms. Before both sides confirmed, it applies: the editor's side confirms the new
   * terms and the other side must confirm them again. After, it becomes a proposed change.
   */
  async update(actor: Actor, id: string, input: UpdateDealDto, now = new Date()): Promise<DealDto> {
    assertNoNulls(input, ['kind', 'projectName', 'contractValueWan', 'signedOn', 'ipType']);
    const requested: Partial<DealTerms> = {
      kind: input.kind,
      projectName: input.projectName,
      contractValueYuan:
        input.contractValueWan === undefined ? undefined : String(wanToYuan(input.contractValueWan)),
      techTransactionYuan:
        input.techTransactionWan === undefined ? undefined : wanToYuanColumn(input.techTransactionWan),
      signedOn: input.signedOn,
      termMonths: input.termMonths,
      techField: input.techField,
      ipType: input.ipType,
      registrationNumber: input.registrationNumber,
    };
    await this.writing(() =>
      this.modify(actor, id, true, async (manager, deal, side) => {
        const base = {
          ...termsOf(deal),
          ...(deal.pendingChange?.bySide === side ? deal.pendingChange.terms : {}),
        };
        const changes = Object.fromEntries(
          TERM_KEYS.filter((key) => requested[key] !== undefined && requested[key] !== base[key]).map(
            (key) => [key, requested[key]],
          ),
        ) as Partial<DealTerms>;
        if (Object.keys(changes).length === 0) return false;
        const errors = termErrors({ ...base, ...changes }, deal.stage, chinaToday(now));
        if (errors.length > 0) throw new ValidationError(errors);
        if (deal.status === 'confirmed') {
          if (deal.pendingChange && deal.pendingChange.bySide !== side)
            throw new ConflictError('deal-change-pending');
          const terms = { ...(deal.pendingChange?.terms ?? {}), ...changes };
          deal.pendingChange = { terms, bySide: side, byUserId: actor.userId, at: now.toISOString() };
          return this.changed(manager, actor, deal, side, 'deal.change-proposed', { terms: changes });
        }
        Object.assign(deal, changes, {
          category: categoryOf(changes.kind ?? deal.kind),
          status: 'pending',
          disputedBy: null,
          disputeReason: null,
          disputedAt: null,
          ...confirmation(side, { at: now, by: actor.userId }),
          ...confirmation(other(side), null),
        });
        return this.changed(manager, actor, deal, side, 'deal.edited', { terms: changes });
      }),
    );
    return this.get(actor, id);
  }

  /** Any member of a party moves the deal on (forwards only, or to 终止), with the date it happened. */
  async moveStage(actor: Actor, id: string, input: MoveDealStageDto, now = new Date()): Promise<DealDto> {
    await this.modify(actor, id, false, async (manager, deal, side) => {
      if (deal.status === 'disputed') throw new ConflictError('deal-disputed');
      const signedOn = deal.signedOn ?? (input.stage === 'signed' ? input.on : (input.signedOn ?? null));
      const errors = stageErrors(
        deal.stage,
        deal.stageDates,
        input.stage,
        input.on,
        signedOn,
        chinaToday(now),
      );
      if (errors.length > 0) throw new ValidationError(errors);
      const from = deal.stage;
      deal.stage = input.stage;
      deal.stageDates = { ...deal.stageDates, [input.stage]: input.on };
      if (signedOn && !deal.signedOn && input.stage !== 'terminated') {
        deal.signedOn = signedOn;
        deal.stageDates.signed = signedOn;
      }
      return this.changed(manager, actor, deal, side, 'deal.stage', { from, to: input.stage, on: input.on });
    });
    return this.get(actor, id);
  }

  /**
   * For the notify job: what the side that did not make a change should hear of it — the organization
   * told, the one that acted, the project, value and stage. Null when the deal is gone.
   */
  async noticeOf(dealId: string, bySide: DealSide): Promise<DealNotice | null> {
    const deal = await this.dataSource.getRepository(Deal).findOneBy({ id: dealId });
    if (!deal) return null;
    const actor = bySide === 'buyer' ? deal.buyerOrganizationId : deal.sellerOrganizationId;
    const told = bySide === 'buyer' ? deal.sellerOrganizationId : deal.buyerOrganizationId;
    const names = await this.organizations.summaries([actor, told]);
    return {
      dealId: deal.id,
      recipientOrganizationId: told,
      actorOrganizationName: names.get(actor)?.name ?? '',
      projectName: deal.projectName,
      contractValueYuan: Number(deal.contractValueYuan),
      stage: deal.stage,
    };
  }

  /**
   * Locks the deal, finds the caller's side (404 for strangers, 403 for a platform admin, who only
   * reads, and for a plain member where the organization must speak) and runs `change`, which answers
   * whether it changed anything.
   */
  private modify(
    actor: Actor,
    id: string,
    speaking: boolean,
    change: (manager: EntityManager, deal: Deal, side: DealSide) => Promise<boolean>,
  ): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const deal = await manager.findOne(Deal, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const viewer: Viewer | null = deal && sideOf(actor, deal);
      if (!deal || !(viewer || actor.platformRole === 'admin')) throw new NotFoundError('deal-not-found');
      if (!viewer || (speaking && !this.speaksFor(actor, viewer.organizationId)))
        throw new ForbiddenError('forbidden');
      return change(manager, deal, viewer.side);
    });
  }

  /** Saves the changed deal with a new version, its audit entry and the outbox event that tells the other side. */
  private async changed(
    manager: EntityManager,
    actor: Actor,
    deal: Deal,
    side: DealSide,
    action: string,
    data: Record<string, unknown>,
  ): Promise<true> {
    if (action !== 'deal.created') deal.version += 1;
    await manager.save(deal);
    await this.audit.record(manager, {
      action,
      subjectType: 'deal',
      subjectId: deal.id,
      actorUserId: actor.userId,
      organizationId: side === 'buyer' ? deal.buyerOrganizationId : deal.sellerOrganizationId,
      ip: actor.ip,
      data: { side, version: deal.version, ...data },
    });
    await addOutboxEvent(manager, EventType.DealChanged, {
      dealId: deal.id,
      version: deal.version,
      change: action.replace(/^deal\./, ''),
      bySide: side,
      byUserId: actor.userId,
    });
    return true;
  }

  /** Owners and admins speak for their organization: confirm, dispute, edit. */
  private speaksFor(actor: Actor, organizationId: string): boolean {
    const role = actor.memberships.get(organizationId);
    return role === 'owner' || role === 'admin';
  }

  /** A registration number is one contract's: a second deal claiming it is bad input, not a server error. */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ValidationError([{ field: 'registrationNumber', code: 'registration-number-taken' }]);
      throw error;
    }
  }
}

/** The columns that record one side's confirmation, set to `value` (null clears them). */
function confirmation(
  side: DealSide,
  value: { at: Date; by: string } | null,
):
  | Pick<Deal, 'buyerConfirmedAt' | 'buyerConfirmedBy'>
  | Pick<Deal, 'sellerConfirmedAt' | 'sellerConfirmedBy'> {
  return side === 'buyer'
    ? { buyerConfirmedAt: value?.at ?? null, buyerConfirmedBy: value?.by ?? null }
    : { sellerConfirmedAt: value?.at ?? null, sellerConfirmedBy: value?.by ?? null };
}

/** Who confirmed for a side (a user id), or null while it has not. */
const confirmedBy = (deal: Deal, side: DealSide): string | null =>
  side === 'buyer' ? deal.buyerConfirmedBy : deal.sellerConfirmedBy;

export function termsOf(deal: Deal): DealTerms {
  return Object.fromEntries(TERM_KEYS.map((key) => [key, deal[key]])) as unknown as DealTerms;
}
