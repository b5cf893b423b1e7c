import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { yuanToWan } from '#core';
import { SearchSourceProvider, type SearchDocument, type SearchSource, type SearchVisibility } from '#search';
import { LISTED_STATUSES } from './demand-workflow.js';
import { DEMAND_CATEGORIES } from './demand.entity.js';

interface Row {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  keywords: string[];
  teaser: string | null;
  visibility: SearchVisibility;
  status: string;
  category: string;
  industry_code: string | null;
  fields: string[];
  region_code: string | null;
  trl_required: number | null;
  budget_min_yuan: string | null;
  budget_max_yuan: string | null;
  published_at: Date | null;
  deadline: string | null;
}

// Plain SQL rather than entity loading: the reindex reads every listed demand, and hydrating entities
// cost more than reading the rows.
const SELECT = `SELECT id, organization_id, title, description, keywords, teaser, visibility, status, category,
    industry_code, fields, region_code, trl_required, budget_min_yuan, budget_max_yuan, published_at,
    to_char(deadline, 'YYYY-MM-DD') AS deadline
  FROM demands WHERE status = ANY($1)`;

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
    const rows: Row[] = await this.dataSource.query(`${SELECT} AND id = ANY($2::uuid[])`, [
      LISTED_STATUSES,
      [...ids],
    ]);
    return rows.map(toDocument);
  }

  async scan(afterId: string | null, limit: number): Promise<SearchDocument[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [LISTED_STATUSES, afterId, limit],
    );
    return rows.map(toDocument);
  }

  async count(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM demands WHERE status = ANY($1)`,
      [LISTED_STATUSES],
    );
    return n;
  }
}

function toDocument(row: Row): SearchDocument {
  return {
    kind: 'demand',
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    keywords: row.keywords,
    body: row.description,
    teaser: row.teaser,
    visibility: row.visibility,
    status: row.status,
    category: row.category,
    maturity: null,
    industryCode: row.industry_code,
    fields: row.fields,
    regionCode: row.region_code,
    trl: row.trl_required,
    amountMinWan: yuanToWan(row.budget_min_yuan),
    amountMaxWan: yuanToWan(row.budget_max_yuan),
    stage: null,
    instrument: null,
    societyId: null,
    publishedAt: row.published_at,
    deadline: row.deadline,
  };
}
