import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  assertNoNulls,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  wanToYuanColumn,
  yuanToWan,
  type FieldError,
  type Language,
  escapeLike,
  pick,
} from '#core';
import { inTransaction } from '#database';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import { demandSubject, postingAbilityFor } from '../access/abilities.js';
import type {
  CreateDemandDto,
  DemandDto,
  DemandPageDto,
  DemandQueryDto,
  DemandSummaryDto,
  UpdateDemandDto,
} from '../dto/demand.dto.js';
import {
  grantedPostingIds,
  grantedSql,
  ownAccessRequest,
  toOwnAccessRequestDto,
  type AccessTarget,
  type HasAccessTarget,
} from '../access/posting-access.service.js';
import { moderated } from '../access/moderation-notice.js';
import {
  applyKeyset,
  keysetPage,
  shownInFull,
  whereInField,
  whereInRegion,
  type Keyset,
} from '../catalogue/listing.js';
import { toDemandDto, toDemandSummary } from './demand-view.js';
import {
  ACTION_ACTOR,
  EDITABLE_STATUSES,
  LISTED_STATUSES,
  nextStatus,
  type DemandAction,
} from './demand-workflow.js';
import type { ChallengeStatus } from '../challenges/challenge.entity.js';
import { Demand, type DemandStatus, type Visibility } from './demand.entity.js';

const DEFAULT_PAGE = 20;

/** Narrows a listing for a view other than the 难题榜 itself. */
export interface ListingScope {
  /** Only this organization's postings (and of its confidential ones only those read in full). */
  organizationId?: string;
  /** Only demands with a 揭榜挂帅 call still taking proposals. */
  openChallenge?: boolean;
}

/** The outbox event each status change announces; search and matching consume them. */
const ANNOUNCED: Partial<Record<DemandAction, EventType>> = {
  publish: EventType.DemandPublished,
  start: EventType.DemandUpdated,
  solve: EventType.DemandClosed,
  close: EventType.DemandClosed,
  expire: EventType.DemandClosed,
};

/** The 难题榜's orders, each backed by an index (see the DemandListingIndexes migration). */
const DEMAND_KEYSETS: Record<'newest' | 'views' | 'deadline' | 'updated', Keyset<Demand>> = {
  newest: { expr: 'd.published_at', dir: 'DESC', read: (d) => d.publishedAt?.toISOString() ?? '' },
  updated: { expr: 'd.updated_at', dir: 'DESC', read: (d) => d.updatedAt.toISOString() },
  views: { expr: 'd.view_count', dir: 'DESC', read: (d) => d.viewCount },
  deadline: {
    expr: `COALESCE(d.deadline, DATE '9999-12-31')`,
    dir: 'ASC',
    read: (d) => d.deadline ?? '9999-12-31',
  },
};

@Injectable()
export class DemandService implements HasAccessTarget {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** Confidential demands' access requests: the owner's NDA text is what the requester accepts. */
  readonly accessTarget: AccessTarget = {
    kind: 'demand',
    listed: async (actor, id) => {
      const demand = await this.dataSource.getRepository(Demand).findOneBy({ id });
      if (!demand || !this.isListedFor(actor, demand)) return null;
      return {
        organizationId: demand.organizationId,
        visibility: demand.visibility,
        ndaText: demand.ndaText ?? '',
      };
    },
    lockForEdit: (manager, actor, id) => this.lockForEdit(manager, actor, id),
  };

  async create(actor: Actor, input: CreateDemandDto, lang: Language): Promise<DemandDto> {
    const id = await this.createDraftFor(actor, this.actingOrganization(actor), input);
    return this.view(actor, id, lang);
  }

  /**
   * A draft demand of `organizationId`, also one written by someone outside it (a service organization turning a
   * need found on a visit into a demand). It stays a draft: only that organization's own members can
   * submit it, which is its confirmation; the writer cannot read it afterwards, so only the id returns.
   * `within` writes it in the caller's transaction (the visit that records which need it came from).
   */
  async createDraftFor(
    actor: Actor,
    organizationId: string,
    input: CreateDemandDto,
    within?: EntityManager,
  ): Promise<string> {
    assertConsistent({ ...input });
    return inTransaction(
      this.dataSource,
      async (manager) => {
        const created = await manager.save(
          manager.create(Demand, {
            ...this.columns(input),
            visibility: input.visibility,
            organizationId,
            collectedByOrganizationId: organizationId === actor.organizationId ? null : actor.organizationId,
            createdBy: actor.userId,
            status: 'draft',
          }),
        );
        await this.record(manager, actor, created, 'demand.created');
        return created.id;
      },
      within,
    );
  }

  async update(actor: Actor, id: string, input: UpdateDemandDto, lang: Language): Promise<DemandDto> {
    // regionCode may be null: the demand becomes nationwide (全国).
    assertNoNulls(input, ['title', 'description', 'category', 'fields', 'cooperationModes', 'keywords']);
    await this.dataSource.transaction(async (manager) => {
      const demand = await this.lockForEdit(manager, actor, id);
      if (!EDITABLE_STATUSES.includes(demand.status)) {
        throw new ValidationError(
          [{ field: 'status', code: 'invalid-transition', params: { status: demand.status } }],
          'invalid-transition',
        );
      }
      const merged = { ...this.asInput(demand), ...input };
      assertConsistent(merged, input.deadline !== undefined);
      Object.assign(demand, this.columns(merged));
      await manager.save(demand);
      await this.record(manager, actor, demand, 'demand.updated', { fields: Object.keys(input) });
      if (LISTED_STATUSES.includes(demand.status))
        await this.outbox.add(manager, EventType.DemandUpdated, { demandId: id });
    });
    return this.view(actor, id, lang);
  }

  async setVisibility(actor: Actor, id: string, visibility: Visibility, lang: Language): Promise<DemandDto> {
    await this.dataSource.transaction(async (manager) => {
      const demand = await this.lockForEdit(manager, actor, id);
      assertConsistent({ ...this.asInput(demand), visibility }, false);
      const previous = demand.visibility;
      demand.visibility = visibility;
      await manager.save(demand);
      await this.record(manager, actor, demand, 'demand.visibility-changed', {
        from: previous,
        to: visibility,
      });
      if (LISTED_STATUSES.includes(demand.status))
        await this.outbox.add(manager, EventType.DemandUpdated, { demandId: id });
    });
    return this.view(actor, id, lang);
  }

  /** Moves a demand through its lifecycle; the owner and moderators each have their own steps. */
  async transition(
    actor: Actor,
    id: string,
    action: Exclude<DemandAction, 'expire'>,
    reason: string | undefined,
    lang: Language,
  ): Promise<DemandDto> {
    await this.dataSource.transaction(async (manager) => {
      const demand = await manager.findOne(Demand, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const ability = postingAbilityFor(actor);
      if (!demand || ability.cannot('read-full', demandSubject(demand))) {
        if (demand && LISTED_STATUSES.includes(demand.status)) throw new ForbiddenError('forbidden');
        throw new NotFoundError('demand-not-found');
      }
      const needed = ACTION_ACTOR[action] === 'moderator' ? 'moderate' : 'edit';
      if (ability.cannot(needed, demandSubject(demand))) throw new ForbiddenError('forbidden');
      const from = demand.status;
      demand.status = nextStatus(action, from);
      if (action === 'publish') {
        demand.publishedAt = new Date();
        demand.rejectionReason = null;
      }
      if (action === 'reject') demand.rejectionReason = reason ?? null;
      if (action === 'close') demand.closeReason = reason ?? null;
      await manager.save(demand);
      await this.record(manager, actor, demand, `demand.${action}`, {
        from,
        to: demand.status,
        reason: reason ?? null,
      });
      const event = ANNOUNCED[action];
      if (event) await this.outbox.add(manager, event, { demandId: id });
      if (action === 'publish' || action === 'reject')
        await moderated(this.outbox, manager, 'demand', id, action, reason ?? null);
    });
    return this.view(actor, id, lang);
  }

  /** Called by the worker's repeatable job: demands past their deadline expire, each announced. */
  async expireOverdue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [rows]: [{ id: string; organization_id: string; status: DemandStatus }[], number] =
        await manager.query(
          `UPDATE demands d SET status = 'expired', updated_at = now()
           FROM (SELECT id, status FROM demands WHERE status IN ('published', 'in_progress') AND deadline < current_date
                 FOR UPDATE SKIP LOCKED) due
          WHERE d.id = due.id
          RETURNING d.id, d.organization_id, due.status`,
        );
      for (const row of rows) {
        await this.audit.record(manager, {
          action: 'demand.expire',
          subjectType: 'demand',
          subjectId: row.id,
          organizationId: row.organization_id,
          data: { from: row.status, to: 'expired' },
        });
        await this.outbox.add(manager, EventType.DemandClosed, { demandId: row.id });
      }
      return rows.length;
    });
  }

  /**
   * One demand as the caller may see it. Others see only listed demands of a visibility they qualify for;
   * a confidential one stays a teaser until their organization holds a grant. Each outside view counts.
   */
  async view(actor: Actor | null, id: string, lang: Language, countView = false): Promise<DemandDto> {
    const [demand] = await this.directory.withNames(
      await this.dataSource.getRepository(Demand).findBy({ id }),
    );
    if (!demand) throw new NotFoundError('demand-not-found');
    const ability = postingAbilityFor(actor);
    const full = ability.can('read-full', demandSubject(demand));
    if (!full && !this.isListedFor(actor, demand)) throw new NotFoundError('demand-not-found');
    const ownRequest = await ownAccessRequest(this.dataSource, 'demand', id, actor);
    const redacted = !full && demand.visibility === 'confidential' && ownRequest?.status !== 'granted';
    // Whether there is a call to ask for: a teaser reader does not learn even that.
    const [challenge] = redacted
      ? []
      : await this.dataSource.query<{ status: ChallengeStatus }[]>(
          'SELECT status FROM challenges WHERE demand_id = $1',
          [id],
        );
    if (countView && !full) {
      await this.dataSource.query('UPDATE demands SET view_count = view_count + 1 WHERE id = $1', [id]);
      demand.viewCount += 1;
    }
    return toDemandDto(
      demand,
      {
        redacted,
        canEdit: ability.can('edit', demandSubject(demand)),
        challengeStatus: challenge?.status ?? null,
        accessRequest: toOwnAccessRequestDto(ownRequest),
      },
      lang,
    );
  }

  /**
   * The 难题榜 as the caller may see it. `scope` narrows it for other views: one organization's
   * postings (its public page: a confidential demand shows there only to those who read it in full, since
   * its teaser hides the owner) or only demands with an open 揭榜挂帅 call (the board).
   */
  async list(
    actor: Actor | null,
    query: DemandQueryDto,
    lang: Language,
    scope: ListingScope = {},
  ): Promise<DemandPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const mine = query.mine === 'true';
    const sort = mine ? 'updated' : (query.sort ?? 'newest');
    const qb = this.dataSource.getRepository(Demand).createQueryBuilder('d');
    if (mine) {
      qb.where('d.organization_id = :org', { org: this.actingOrganization(actor) });
    } else {
      qb.where('d.status IN (:...listed)', { listed: LISTED_STATUSES });
      qb.andWhere('d.visibility IN (:...visible)', {
        visible: actor ? ['public', 'registered', 'confidential'] : ['public', 'confidential'],
      });
    }
    const full = this.shownInFull(qb, actor);
    this.applyFilters(qb, query, full);
    if (scope.organizationId)
      qb.andWhere(`d.organization_id = :owner AND (d.visibility <> 'confidential' OR ${full})`, {
        owner: scope.organizationId,
      });
    if (scope.openChallenge)
      qb.andWhere(`EXISTS (SELECT 1 FROM challenges c WHERE c.demand_id = d.id
                     AND c.status = 'open' AND c.deadline >= CURRENT_DATE)`);
    const keyset = DEMAND_KEYSETS[sort];
    applyKeyset(qb, 'd.id', keyset, query.cursor);
    const { rows, nextCursor } = await keysetPage(qb, keyset, limit);
    const page = await this.directory.withNames(rows);
    const granted = await this.grantedDemandIds(actor, page);
    const ability = postingAbilityFor(actor);
    const items: DemandSummaryDto[] = page.map((d) =>
      toDemandSummary(
        d,
        d.visibility === 'confidential' &&
          ability.cannot('read-full', demandSubject(d)) &&
          !granted.has(d.id),
        lang,
      ),
    );
    return { items, nextCursor };
  }

  /** Demands on the 难题榜 for everyone (public and confidential teasers): a figure of the portal. */
  async countListed(): Promise<number> {
    return this.dataSource
      .getRepository(Demand)
      .createQueryBuilder('d')
      .where('d.status IN (:...listed)', { listed: LISTED_STATUSES })
      .getCount();
  }

  async reviewQueue(actor: Actor, lang: Language): Promise<DemandSummaryDto[]> {
    if (postingAbilityFor(actor).cannot('moderate', 'Demand')) throw new NotFoundError('route-not-found');
    const rows = await this.dataSource.getRepository(Demand).find({
      where: { status: 'submitted' },
      order: { updatedAt: 'ASC' },
      take: 200,
    });
    return (await this.directory.withNames(rows)).map((d) => toDemandSummary(d, false, lang));
  }

  /** Loads a demand for an owner's write, locked; strangers get 404, readers who may not edit 403. */
  async lockForEdit(manager: EntityManager, actor: Actor, id: string): Promise<Demand> {
    const demand = await manager.findOne(Demand, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!demand) throw new NotFoundError('demand-not-found');
    const ability = postingAbilityFor(actor);
    if (ability.cannot('edit', demandSubject(demand))) {
      if (ability.can('read-full', demandSubject(demand)) || this.isListedFor(actor, demand))
        throw new ForbiddenError('forbidden');
      throw new NotFoundError('demand-not-found');
    }
    return demand;
  }

  isListedFor(actor: Actor | null, demand: Demand): boolean {
    return LISTED_STATUSES.includes(demand.status) && (demand.visibility !== 'registered' || actor !== null);
  }

  private actingOrganization(actor: Actor | null): string {
    if (!actor?.organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    return actor.organizationId;
  }

  /**
   * The demands the caller reads in full, as SQL: not confidential, their own, or granted to their
   * acting organization (the same rule as `view` and `list`).
   */
  private shownInFull(qb: SelectQueryBuilder<Demand>, actor: Actor | null): string {
    qb.setParameter('grantee', actor?.organizationId ?? null);
    return shownInFull(qb, 'd', actor, {
      granted: grantedSql('demand', 'd'),
    });
  }

  private applyFilters(qb: SelectQueryBuilder<Demand>, query: DemandQueryDto, full: string): void {
    if (query.category) qb.andWhere('d.category = :category', { category: query.category });
    if (query.industryCode) qb.andWhere('d.industry_code = :industry', { industry: query.industryCode });
    if (query.regionCode) whereInRegion(qb, 'd.region_code', query.regionCode, full);
    if (query.field) whereInField(qb, 'd.fields', query.field);
    if (query.q) {
      // Confidential demands are searched by their public parts only, so a search cannot probe their content.
      qb.andWhere(
        `(d.title ILIKE :q OR d.teaser ILIKE :q OR (d.visibility <> 'confidential'
          AND (d.description ILIKE :q OR array_to_string(d.keywords, ' ') ILIKE :q)))`,
        { q: `%${escapeLike(query.q)}%` },
      );
    }
  }

  private async grantedDemandIds(actor: Actor | null, demands: Demand[]): Promise<Set<string>> {
    const confidential = demands.filter((d) => d.visibility === 'confidential').map((d) => d.id);
    return grantedPostingIds(this.dataSource, 'demand', actor, confidential);
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    demand: Demand,
    action: string,
    data: Record<string, unknown> = {},
  ) {
    await this.audit.record(manager, {
      action,
      subjectType: 'demand',
      subjectId: demand.id,
      organizationId: demand.organizationId,
      actorUserId: actor.userId,
      data,
      ip: actor.ip,
    });
  }

  private columns(input: Partial<CreateDemandDto>) {
    return {
      title: input.title,
      description: input.description,
      category: input.category,
      industryCode: input.industryCode ?? null,
      fields: input.fields,
      keywords: input.keywords ?? [],
      regionCode: input.regionCode ?? null,
      regionRequired: input.regionRequired ?? false,
      budgetMinYuan: wanToYuanColumn(input.budgetMinWan),
      budgetMaxYuan: wanToYuanColumn(input.budgetMaxWan),
      trlRequired: input.trlRequired ?? null,
      deadline: input.deadline ?? null,
      cooperationModes: input.cooperationModes,
      teaser: input.teaser ?? null,
      ndaText: input.ndaText ?? null,
      contact: input.contact ?? null,
      attachments: input.attachments ?? [],
    };
  }

  /** The stored demand in the shape of an input, so an update can be validated as a whole. */
  private asInput(demand: Demand): CreateDemandDto {
    return {
      ...pick(demand, ['title', 'description', 'category']),
      industryCode: demand.industryCode ?? undefined,
      ...pick(demand, ['fields', 'keywords', 'regionCode', 'regionRequired']),
      budgetMinWan: yuanToWan(demand.budgetMinYuan) ?? undefined,
      budgetMaxWan: yuanToWan(demand.budgetMaxYuan) ?? undefined,
      trlRequired: demand.trlRequired ?? undefined,
      deadline: demand.deadline ?? undefined,
      ...pick(demand, ['cooperationModes', 'visibility']),
      teaser: demand.teaser ?? undefined,
      ndaText: demand.ndaText ?? undefined,
      contact: demand.contact ?? undefined,
      attachments: demand.attachments,
    };
  }
}

/** Rules across fields that decorators cannot express; all broken ones are reported together. */
function assertConsistent(input: Partial<CreateDemandDto>, checkDeadline = true): void {
  const errors: FieldError[] = [];
  if (
    input.budgetMinWan !== undefined &&
    input.budgetMaxWan !== undefined &&
    input.budgetMinWan > input.budgetMaxWan
  ) {
    errors.push({ field: 'budgetMaxWan', code: 'budget-range' });
  }
  const today = new Date().toISOString().slice(0, 10);
  if (checkDeadline && input.deadline !== undefined && input.deadline <= today) {
    errors.push({ field: 'deadline', code: 'deadline-past' });
  }
  // A nationwide demand has no region to require.
  if (input.regionRequired && !input.regionCode) {
    errors.push({ field: 'regionRequired', code: 'region-required-needs-region' });
  }
  if (input.visibility === 'confidential') {
    if (!input.teaser) errors.push({ field: 'teaser', code: 'confidential-needs-nda' });
    if (!input.ndaText) errors.push({ field: 'ndaText', code: 'confidential-needs-nda' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
}
