import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { CatalogueKind, PostingKind } from '#core';
import { SearchSourceProvider, type SearchDocument, type SearchSource } from '#search';
import type { CataloguePosting } from './catalogue-posting.entity.js';

export interface PostingSearchSpec<E extends ObjectLiteral & { id: string; status: string }> {
  kind: PostingKind;
  entity: new () => E;
  /** The statuses in which a posting is listed, and so a search document. */
  listed: readonly E['status'][];
  facetValues: SearchSource['facetValues'];
  toDocument(row: E): SearchDocument;
}

/**
 * A search source for one kind of posting, as a Nest provider class:
 * `class AchievementSearchSource extends postingSearchSourceFor({...}) {}` and list it in the module.
 * Only listed postings are documents; `load` leaves the others out, so the sync removes them. The
 * confidential rule (teaser only) is applied by the engines themselves (prepareDocument).
 */
export function postingSearchSourceFor<E extends ObjectLiteral & { id: string; status: string }>(
  spec: PostingSearchSpec<E>,
) {
  @Injectable()
  @SearchSourceProvider()
  class PostingSearchSource implements SearchSource {
    readonly kind = spec.kind;
    readonly facetValues = spec.facetValues;

    constructor(@InjectDataSource() readonly dataSource: DataSource) {}

    async load(ids: readonly string[]): Promise<SearchDocument[]> {
      if (ids.length === 0) return [];
      return this.find({ id: In([...ids]) } as FindOptionsWhere<E>);
    }

    scan(afterId: string | null, limit: number): Promise<SearchDocument[]> {
      return this.find((afterId ? { id: MoreThan(afterId) } : {}) as FindOptionsWhere<E>, limit);
    }

    count(): Promise<number> {
      return this.dataSource
        .getRepository(spec.entity)
        .count({ where: this.listed({} as FindOptionsWhere<E>) });
    }

    private async find(where: FindOptionsWhere<E>, limit?: number): Promise<SearchDocument[]> {
      const rows = await this.dataSource
        .getRepository(spec.entity)
        .find({ where: this.listed(where), order: { id: 'ASC' } as never, take: limit });
      return rows.map((row) => spec.toDocument(row));
    }

    private listed(where: FindOptionsWhere<E>): FindOptionsWhere<E> {
      return { ...where, status: In([...spec.listed]) } as FindOptionsWhere<E>;
    }
  }
  return PostingSearchSource;
}

/** The document fields every catalogue kind fills the same way; each kind adds its own text and facets. */
export function catalogueDocumentBase(kind: CatalogueKind, row: CataloguePosting) {
  return {
    kind,
    id: row.id,
    organizationId: row.organizationId,
    teaser: row.teaser,
    visibility: row.visibility,
    status: row.status,
    category: null,
    maturity: null,
    industryCode: null,
    trl: null,
    amountMinWan: null,
    amountMaxWan: null,
    stage: null,
    instrument: null,
    societyId: null,
    publishedAt: row.publishedAt,
    deadline: null,
  } satisfies Partial<SearchDocument>;
}
