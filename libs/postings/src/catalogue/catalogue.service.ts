import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import {
  assertNoNulls,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldError,
  type Language,
  escapeLike,
} from '#core';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import { postingAbilityFor, postingSubject, type OwnedRow } from '../access/abilities.js';
import { CataloguePosting, type Visibility } from './catalogue-posting.entity.js';
import {
  CATALOGUE_ACTION_ACTOR,
  CATALOGUE_EDITABLE,
  CATALOGUE_LISTED,
  nextCatalogueStatus,
  type CatalogueAction,
} from './catalogue-workflow.js';
import {
  CATALOGUE_KEYSETS,
  type CatalogueInput,
  type CatalogueKindSpec,
  type CatalogueQuery,
} from './catalogue-kind.js';
import { moderated } from '../access/moderation-notice.js';
import { applyKeyset, keysetPage, shownInFull } from './listing.js';
import {
  grantedPostingIds,
  grantedSql,
  ownAccessRequest,
  STANDARD_NDA_TEXT,
  type AccessTarget,
  type HasAccessTarget,
} from '../access/posting-access.service.js';

const DEFAULT_PAGE = 20;

export interface CataloguePage<Summary> {
  items: Summary[];
  nextCursor: string | null;
}

/**
 * The lifecycle every catalogue kind shares: an organization of the right type drafts a posting, submits
 * it, a moderator publishes or rejects it, the owner edits or archives it. Each write is audited, and
 * each change others must hear about adds an outbox event in the same transaction. Strangers see listed
 * postings only, confidential ones as teasers; a posting they may not see is a 404, not a 403.
 */
export abstract class CatalogueService<
  E extends CataloguePosting,
  Input extends CatalogueInput,
  Dto,
  Summary,
  Query extends CatalogueQuery,
> implements HasAccessTarget {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
    protected readonly outbox: OutboxService,
    protected readonly directory: OrganizationDirectory,
    protected readonly spec: CatalogueKindSpec<E, Input, Dto, Summary, Query>,
  ) {}

  /** Confidential postings' access requests, under the platform's standard NDA. */
  readonly accessTarget: AccessTarget = {
    kind: this.spec.kind,
    listed: async (actor, id) => {
      const row = await this.dataSource.getRepository(this.spec.entity).findOneBy({ id } as never);
      if (!row || !this.isListedFor(actor, row)) return null;
      return { organizationId: row.organizationId, visibility: row.visibility, ndaText: STANDARD_NDA_TEXT };
    },
    lockForEdit: (manager, actor, id) => this.lockForEdit(manager, actor, id),
  };

  async create(actor: Actor, input: Input, lang: Language): Promise<Dto> {
    const organizationId = actingOrganization(actor);
    this.assertConsistent(input);
    const id = await this.dataSource.transaction(async (manager) => {
      const organization = await this.directory.summary(organizationId, manager);
      if (!organization || !this.spec.ownerTypes.includes(organization.type)) {
        throw new ForbiddenError('organization-type-not-allowed', { kind: this.spec.kind });
      }
      await this.verify(manager, input, organizationId);
      const created = await manager.save(
        this.spec.entity,
        manager.create(this.spec.entity, {
          ...this.spec.columns(input),
          visibility: input.visibility,
          teaser: input.teaser ?? null,
          organizationId,
          createdBy: actor.userId,
          status: 'draft',
        } as DeepPartial<E>),
      );
      await this.record(manager, actor, created, 'created');
      return created.id;
    });
    return this.view(actor, id, lang);
  }

  async update(actor: Actor, id: string, input: Partial<Input>, lang: Language): Promise<Dto> {
    assertNoNulls(input, this.spec.required);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockForEdit(manager, actor, id);
      if (!CATALOGUE_EDITABLE.includes(row.status)) {
        throw new ValidationError(
          [{ field: 'status', code: 'invalid-transition', params: { status: row.status } }],
          'invalid-transition',
        );
      }
      const merged = { ...this.storedInput(row), ...input };
      this.assertConsistent(merged);
      await this.verify(manager, input, row.organizationId);
      Object.assign(row, this.spec.columns(merged), { teaser: merged.teaser ?? null });
      await manager.save(row);
      await this.record(manager, actor, row, 'updated', { fields: Object.keys(input) });
      await this.announce(manager, row, EventType.PostingUpdated);
    });
    return this.view(actor, id, lang);
  }

  async setVisibility(actor: Actor, id: string, visibility: Visibility, lang: Language): Promise<Dto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockForEdit(manager, actor, id);
      this.assertConsistent({ ...this.storedInput(row), visibility });
      const previous = row.visibility;
      row.visibility = visibility;
      await manager.save(row);
      await this.record(manager, actor, row, 'visibility-changed', { from: previous, to: visibility });
      await this.announce(manager, row, EventType.PostingUpdated);
    });
    return this.view(actor, id, lang);
  }

  /** Moves a posting through its lifecycle; owners and moderators each have their own steps. */
  async transition(
    actor: Actor,
    id: string,
    action: CatalogueAction,
    reason: string | undefined,
    lang: Language,
  ): Promise<Dto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(this.spec.entity, {
        where: { id } as never,
        lock: { mode: 'pessimistic_write' },
      });
      const ability = postingAbilityFor(actor);
      if (!row || ability.cannot('read-full', this.subjectOf(row))) {
        if (row && this.isListedFor(actor, row)) throw new ForbiddenError('forbidden');
        throw new NotFoundError(this.spec.notFound);
      }
      const needed = CATALOGUE_ACTION_ACTOR[action] === 'moderator' ? 'moderate' : 'edit';
      if (ability.cannot(needed, this.subjectOf(row))) throw new ForbiddenError('forbidden');
      const from = row.status;
      row.status = nextCatalogueStatus(action, from);
      if (action === 'publish') {
        row.publishedAt = new Date();
        row.rejectionReason = null;
      }
      if (action === 'reject') row.rejectionReason = reason ?? null;
      await manager.save(row);
      await this.record(manager, actor, row, action, { from, to: row.status, reason: reason ?? null });
      if (action === 'publish') await this.announce(manager, row, EventType.PostingPublished);
      if (action === 'publish' || action === 'reject')
        await moderated(this.outbox, manager, this.spec.kind, id, action, reason ?? null);
      if (action === 'archive' && from === 'published')
        await this.outbox.add(manager, EventType.PostingWithdrawn, { kind: this.spec.kind, postingId: id });
    });
    return this.view(actor, id, lang);
  }

  /** One posting as the caller may see it; each view by someone outside the owners counts. */
  async view(actor: Actor | null, id: string, lang: Language, countView = false): Promise<Dto> {
    const query = this.dataSource
      .getRepository(this.spec.entity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id });
    for (const relation of this.spec.relations ?? []) query.leftJoinAndSelect(`p.${relation}`, relation);
    const [row] = await this.directory.withNames(await query.getMany());
    if (!row) throw new NotFoundError(this.spec.notFound);
    const ability = postingAbilityFor(actor);
    const full = ability.can('read-full', this.subjectOf(row));
    if (!full && !this.isListedFor(actor, row)) throw new NotFoundError(this.spec.notFound);
    if (countView && !full) {
      await this.dataSource
        .createQueryBuilder()
        .update(this.spec.entity)
        .set({ viewCount: () => 'view_count + 1' } as never)
        .where('id = :id', { id })
        .execute();
      row.viewCount += 1;
    }
    const accessRequest = await ownAccessRequest(this.dataSource, this.spec.kind, id, actor);
    const redacted = !full && row.visibility === 'confidential' && accessRequest?.status !== 'granted';
    const canEdit = ability.can('edit', this.subjectOf(row));
    const viewerId = actor?.userId ?? null;
    return this.spec.toDto(row, { redacted, full, canEdit, viewerId, accessRequest }, lang);
  }

  /**
   * The kind's listing as the caller may see it; `scope.organizationId` keeps one organization's postings
   * (its public page), of its confidential ones only those the caller reads in full, since a teaser hides
   * its owner.
   */
  async list(
    actor: Actor | null,
    query: Query,
    lang: Language,
    scope: { organizationId?: string } = {},
  ): Promise<CataloguePage<Summary>> {
    const mine = query.mine === 'true';
    const qb = this.dataSource.getRepository(this.spec.entity).createQueryBuilder('p');
    if (mine) {
      qb.where('p.organization_id = :org', { org: actingOrganization(actor) });
    } else {
      qb.where('p.status IN (:...listed)', { listed: CATALOGUE_LISTED });
      qb.andWhere('p.visibility IN (:...visible)', {
        visible: actor ? ['public', 'registered', 'confidential'] : ['public', 'confidential'],
      });
    }
    qb.setParameter('grantee', actor?.organizationId ?? null);
    const granted = grantedSql(this.spec.kind, 'p');
    const full = shownInFull(qb, 'p', actor, { claimedBy: this.spec.claimable === true, granted });
    this.spec.filter(qb, query, full);
    if (scope.organizationId)
      qb.andWhere(`p.organization_id = :owner AND (p.visibility <> 'confidential' OR ${full})`, {
        owner: scope.organizationId,
      });
    if (query.q) this.whereText(qb, query.q);
    const keyset = CATALOGUE_KEYSETS[mine ? 'updated' : (query.sort ?? 'newest')];
    applyKeyset(qb, 'p.id', keyset, query.cursor);
    const { rows, nextCursor } = await keysetPage(qb, keyset, query.limit ?? DEFAULT_PAGE);
    await this.directory.withNames(rows);
    const ability = postingAbilityFor(actor);
    const confidential = rows.filter((row) => row.visibility === 'confidential').map((row) => row.id);
    const grants = await grantedPostingIds(this.dataSource, this.spec.kind, actor, confidential);
    const items = rows.map((row) =>
      this.spec.toSummary(
        row,
        row.visibility === 'confidential' &&
          ability.cannot('read-full', this.subjectOf(row)) &&
          !grants.has(row.id),
        lang,
      ),
    );
    return { items, nextCursor };
  }

  /** Listed postings of the kind (public and confidential teasers alike): a figure of the portal. */
  async countListed(): Promise<number> {
    return this.dataSource
      .getRepository(this.spec.entity)
      .createQueryBuilder('p')
      .where('p.status IN (:...listed)', { listed: CATALOGUE_LISTED })
      .getCount();
  }

  async reviewQueue(actor: Actor, lang: Language): Promise<Summary[]> {
    if (postingAbilityFor(actor).cannot('moderate', this.spec.subject))
      throw new NotFoundError('route-not-found');
    const rows = await this.dataSource
      .getRepository(this.spec.entity)
      .createQueryBuilder('p')
      .where(`p.status = 'submitted'`)
      .orderBy('p.updated_at', 'ASC')
      .limit(200)
      .getMany();
    return (await this.directory.withNames(rows)).map((row) => this.spec.toSummary(row, false, lang));
  }

  /** Loads a posting for an owner's write, locked; strangers get 404, readers who may not edit 403. */
  protected async lockForEdit(manager: EntityManager, actor: Actor, id: string): Promise<E> {
    const row = await manager.findOne(this.spec.entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new NotFoundError(this.spec.notFound);
    const ability = postingAbilityFor(actor);
    if (ability.cannot('edit', this.subjectOf(row))) {
      if (ability.can('read-full', this.subjectOf(row)) || this.isListedFor(actor, row))
        throw new ForbiddenError('forbidden');
      throw new NotFoundError(this.spec.notFound);
    }
    return row;
  }

  protected isListedFor(actor: Actor | null, row: E): boolean {
    return CATALOGUE_LISTED.includes(row.status) && (row.visibility !== 'registered' || actor !== null);
  }

  protected subjectOf(row: E) {
    return postingSubject(this.spec.subject, row as unknown as OwnedRow);
  }

  protected async record(
    manager: EntityManager,
    actor: Actor,
    row: E,
    action: string,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      action: `${this.spec.kind}.${action}`,
      subjectType: this.spec.kind,
      subjectId: row.id,
      organizationId: row.organizationId,
      actorUserId: actor.userId,
      data: { label: this.spec.label(row), ...data },
      ip: actor.ip,
    });
  }

  /** Listed postings changed: search and matching must hear of it. */
  protected async announce(
    manager: EntityManager,
    row: E,
    event: EventType.PostingPublished | EventType.PostingUpdated,
  ): Promise<void> {
    if (CATALOGUE_LISTED.includes(row.status))
      await this.outbox.add(manager, event, { kind: this.spec.kind, postingId: row.id });
  }

  /** Confidential postings are searched by their public parts only, so a search cannot probe them. */
  private whereText(qb: ReturnType<DataSource['createQueryBuilder']>, q: string): void {
    const like = (columns: readonly string[]) => columns.map((c) => `${c} ILIKE :q`).join(' OR ');
    const open = like(this.spec.publicText);
    const hidden = this.spec.privateText.length
      ? ` OR (p.visibility <> 'confidential' AND (${like(this.spec.privateText)}))`
      : '';
    qb.andWhere(`(${open} OR p.teaser ILIKE :q${hidden})`, { q: `%${escapeLike(q)}%` });
  }

  /** The stored posting in the shape of an input, so an edit can be validated as a whole. */
  private storedInput(row: E): Input {
    return {
      ...this.spec.asInput(row),
      visibility: row.visibility,
      teaser: row.teaser ?? undefined,
    } as Input;
  }

  private async verify(manager: EntityManager, input: Partial<Input>, organizationId: string): Promise<void> {
    const errors = (await this.spec.verify?.(manager, input, organizationId)) ?? [];
    if (errors.length > 0) throw new ValidationError(errors);
  }

  private assertConsistent(input: Partial<Input>): void {
    const errors: FieldError[] = this.spec.check(input);
    if (input.visibility === 'confidential' && !input.teaser)
      errors.push({ field: 'teaser', code: 'confidential-needs-teaser' });
    if (errors.length > 0) throw new ValidationError(errors);
  }
}

export function actingOrganization(actor: Actor | null): string {
  if (!actor?.organizationId)
    throw new ValidationError(
      [{ field: 'X-Organization-Id', code: 'isDefined' }],
      'organization-context-required',
    );
  return actor.organizationId;
}

/**
 * A Nest provider class for one kind: `class AchievementService extends catalogueServiceFor(ACHIEVEMENT_KIND) {}`.
 * The injection metadata lives on the returned class, so each kind's service is a one-liner.
 */
export function catalogueServiceFor<
  E extends CataloguePosting,
  Input extends CatalogueInput,
  Dto,
  Summary,
  Query extends CatalogueQuery,
>(spec: CatalogueKindSpec<E, Input, Dto, Summary, Query>) {
  @Injectable()
  class KindService extends CatalogueService<E, Input, Dto, Summary, Query> {
    constructor(
      @InjectDataSource() dataSource: DataSource,
      audit: AuditService,
      outbox: OutboxService,
      directory: OrganizationDirectory,
    ) {
      super(dataSource, audit, outbox, directory, spec);
    }
  }
  return KindService;
}
