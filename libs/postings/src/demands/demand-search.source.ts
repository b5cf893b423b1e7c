import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, type FindOptionsWhere } from 'typeorm';
import { SearchSourceProvider, type SearchDocument, type SearchSource } from '#search';
import { LISTED_STATUSES } from './demand-workflow.js';
import { DEMAND_CATEGORIES, Demand } from './demand.entity.js';

const toWan = (yuan: string | null) => (yuan === null ? null : Number(yuan) / 10_000);

/**
 * Demands as search documents. Only listed demands (published, in progress, solved) are documents;
 * `load` leaves the others out, so the sync removes them. The confidential rule (teaser only) is applied
 * by the engines themselves (prepareDocument); the teaser is passed along for it.
 */
@Injectable()
@SearchSourceProvider()
export class DemandSearchSource implements SearchSource {
  readonly kind = 'demand' as const;
  readonly facetValues = { category: DEMAND_CATEGORIES, status: LISTED_STATUSES };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.find({ id: In([...ids]), status: In(LISTED_STATUSES) });
    return rows.map(toDocument);
  }

  async scan(afterId: string | null, limit: number): Promise<SearchDocument[]> {
    const rows = await this.find(
      afterId ? { id: MoreThan(afterId), status: In(LISTED_STATUSES) } : { status: In(LISTED_STATUSES) },
      limit,
    );
    return rows.map(toDocument);
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Demand).count({ where: { status: In(LISTED_STATUSES) } });
  }

  private find(where: FindOptionsWhere<Demand>, limit?: number): Promise<Demand[]> {
    return this.dataSource.getRepository(Demand).find({ where, order: { id: 'ASC' }, take: limit });
  }
}

function toDocument(demand: Demand): SearchDocument {
  return {
    kind: 'demand',
    id: demand.id,
    organizationId: demand.organizationId,
    title: demand.title,
    keywords: demand.keywords,
    body: demand.description,
    teaser: demand.teaser,
    visibility: demand.visibility,
    status: demand.status,
    category: demand.category,
    industryCode: demand.industryCode,
    fields: demand.fields,
    regionCode: demand.regionCode,
    trl: demand.trlRequired,
    amountMinWan: toWan(demand.budgetMinYuan),
    amountMaxWan: toWan(demand.budgetMaxYuan),
    stage: null,
    instrument: null,
    societyId: null,
    publishedAt: demand.publishedAt,
    deadline: demand.deadline,
  };
}
