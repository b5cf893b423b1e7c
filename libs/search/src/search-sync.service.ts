import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PostingKind } from '#core';
import { SEARCH_ENGINE, type IndexBuild, type SearchEngine } from './search-engine.js';
import { SearchSourceRegistry } from './search-source.js';

export type SyncTarget = Pick<IndexBuild, 'upsert' | 'remove'>;

export interface SyncOutcome {
  upserted: number;
  removed: number;
  /** No source is registered for the kind (yet): nothing was done. */
  skipped: boolean;
}

/**
 * Makes the index agree with PostgreSQL for some postings: re-reads them through their kind's source and
 * upserts the listed ones, removes the rest. Payloads carry ids only, so a retried or reordered job
 * still writes the current state.
 */
@Injectable()
export class SearchSyncService {
  private readonly logger = new Logger(SearchSyncService.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly registry: SearchSourceRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * `serialize` (the default, for live sync) holds a transaction-scoped advisory lock per posting from
   * the read to the write, so two jobs of one posting cannot write an older read after a newer one.
   */
  async sync(
    kind: PostingKind,
    ids: readonly string[],
    target: SyncTarget = this.engine,
    serialize = true,
  ): Promise<SyncOutcome> {
    const source = this.registry.get(kind);
    if (!source) {
      this.logger.warn(`No search source for kind ${kind}; ${ids.length} posting(s) not indexed`);
      return { upserted: 0, removed: 0, skipped: true };
    }
    const unique = [...new Set(ids)];
    const write = async (): Promise<SyncOutcome> => {
      const documents = await source.load(unique);
      const listed = new Set(documents.map((d) => d.id));
      const gone = unique.filter((id) => !listed.has(id)).map((id) => ({ kind, id }));
      await target.upsert(documents);
      await target.remove(gone);
      return { upserted: documents.length, removed: gone.length, skipped: false };
    };
    if (!serialize) return write();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s`,
        [unique.map((id) => `search:${kind}:${id}`)],
      );
      return write();
    });
  }
}
