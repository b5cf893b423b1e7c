import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertNoNulls, ConflictError, NotFoundError, ValidationError, type FieldError } from '#core';
import {
  SEARCH_ENGINE,
  searchFiltersOf,
  SearchService,
  TextAnalyzer,
  type DocumentKey,
  type SearchEngine,
} from '#search';
import type { CreateSubscriptionDto, SubscriptionDto, UpdateSubscriptionDto } from './subscription.dto.js';
import { Subscription, type SubscriptionFilters } from './subscription.entity.js';

/** Saved searches per user: plenty for a person, and a bound on what one account adds to every publish. */
export const MAX_SUBSCRIPTIONS_PER_USER = 50;
/** Subscriptions percolated per statement: one engine call per page keeps memory flat at any count. */
const PERCOLATE_PAGE = 2_000;

/**
 * Saved-search subscriptions: their owner's CRUD (anyone else's is a 404, never a 403) and percolation,
 * which finds the active subscriptions a newly published posting matches.
 */
@Injectable()
export class SubscriptionService {
  private readonly analyzer = TextAnalyzer.shared();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchService,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async list(userId: string): Promise<SubscriptionDto[]> {
    const rows = await this.dataSource
      .getRepository(Subscription)
      .find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return rows.map(present);
  }

  async get(userId: string, id: string): Promise<SubscriptionDto> {
    return present(await this.own(userId, id));
  }

  async create(
    userId: string,
    organizationId: string | null,
    input: CreateSubscriptionDto,
  ): Promise<SubscriptionDto> {
    this.validate(input);
    return this.dataSource.transaction(async (manager) => {
      // One user's creates run one at a time, so two at once cannot both slip under the cap.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `subscriptions:${userId}`,
      ]);
      if ((await manager.countBy(Subscription, { userId })) >= MAX_SUBSCRIPTIONS_PER_USER)
        throw new ConflictError('subscription-limit', { max: MAX_SUBSCRIPTIONS_PER_USER });
      const row = manager.create(Subscription, { userId, organizationId, ...columnsOf(input) });
      return present(await manager.save(row));
    });
  }

  async update(userId: string, id: string, patch: UpdateSubscriptionDto): Promise<SubscriptionDto> {
    assertNoNulls(patch, ['name', 'q', 'active']);
    // The row is locked while it is edited: a delete arriving meanwhile waits, and one that came first
    // makes this a 404 (save() on a row read before a delete would insert it again).
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(userId, id, manager);
      const { active, ...changes } = patch;
      const merged = { ...inputOf(row), ...changes } as Record<string, unknown>;
      // null removes a facet filter.
      for (const [field, value] of Object.entries(merged)) if (value === null) delete merged[field];
      const input = merged as unknown as CreateSubscriptionDto;
      this.validate(input);
      Object.assign(row, columnsOf(input), active === undefined ? {} : { active });
      return present(await manager.save(row));
    });
  }

  async remove(userId: string, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(Subscription).delete({ id, userId });
    if (!result.affected) throw new NotFoundError('subscription-not-found');
  }

  /** Those of these subscriptions still active (paused and deleted ones are not), by id. */
  async activeAmong(
    ids: readonly string[],
  ): Promise<Pick<Subscription, 'id' | 'userId' | 'name' | 'organizationId'>[]> {
    return this.dataSource.getRepository(Subscription).find({
      select: { id: true, userId: true, name: true, organizationId: true },
      where: { id: In([...ids]), active: true },
      order: { id: 'ASC' },
    });
  }

  /**
   * The ids of the active subscriptions that find the indexed posting `key`, a page at a time (keyset
   * on id), each page percolated by the search engine in one call.
   */
  async *matching(key: DocumentKey): AsyncGenerator<string[]> {
    let after: string | null = null;
    for (;;) {
      const rows: Pick<Subscription, 'id' | 'query' | 'kind' | 'filters'>[] = await this.dataSource.query(
        `SELECT id, query, kind, filters FROM subscriptions
          WHERE active AND (kind IS NULL OR kind = $1) AND ($2::uuid IS NULL OR id > $2)
          ORDER BY id LIMIT $3`,
        [key.kind, after, PERCOLATE_PAGE],
      );
      if (rows.length === 0) return;
      const found = await this.engine.percolate(
        key,
        rows.map((row) => ({
          id: row.id,
          query: this.analyzer.parse(row.query),
          filters: { ...row.filters, kind: row.kind ?? undefined },
        })),
      );
      if (found.length > 0) yield found;
      if (rows.length < PERCOLATE_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** The user's subscription; locked for the rest of `manager`'s transaction when one is given. */
  private async own(userId: string, id: string, manager?: EntityManager): Promise<Subscription> {
    const row = manager
      ? await manager.findOne(Subscription, { where: { id, userId }, lock: { mode: 'pessimistic_write' } })
      : await this.dataSource.getRepository(Subscription).findOneBy({ id, userId });
    if (!row) throw new NotFoundError('subscription-not-found');
    return row;
  }

  /** Exactly a search's rules for the facets, and a query with at least one word a search can use. */
  private validate(input: CreateSubscriptionDto): void {
    const errors: FieldError[] = [];
    if (this.analyzer.parse(input.q).words.length === 0) errors.push({ field: 'q', code: 'searchable' });
    try {
      this.search.validate(input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push(...error.fieldErrors);
    }
    if (errors.length > 0) throw new ValidationError(errors);
  }
}

function columnsOf(input: CreateSubscriptionDto) {
  const { kind, ...filters } = searchFiltersOf(input);
  // Facets left out are absent from the stored object (JSON drops undefined).
  return { name: input.name, query: input.q, kind: kind ?? null, filters: filters as SubscriptionFilters };
}

function inputOf(row: Subscription): CreateSubscriptionDto {
  return { name: row.name, q: row.query, ...(row.kind ? { kind: row.kind } : {}), ...row.filters };
}

function present(row: Subscription): SubscriptionDto {
  return {
    id: row.id,
    ...inputOf(row),
    active: row.active,
    organizationId: row.organizationId,
    createdAt: row.createdAt.toISOString(),
  };
}
