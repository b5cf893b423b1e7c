import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MeiliSearchEngine } from './meilisearch/meili-search.engine.js';
import { PostgresSearchEngine } from './postgres/postgres-search.engine.js';
import { Reindexer } from './reindexer.service.js';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine.js';
import { SearchSourceRegistry } from './search-source.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchConfig } from './search.config.js';
import { SearchService } from './search.service.js';
import { FieldSuggester } from './suggest/field-suggester.js';

/** The engine SEARCH_ENGINE names (SearchConfig checks that Meilisearch has its URL). */
export function createSearchEngine(config: SearchConfig, dataSource: DataSource): SearchEngine {
  return config.SEARCH_ENGINE === 'meilisearch'
    ? new MeiliSearchEngine({
        url: config.MEILI_URL!,
        apiKey: config.MEILI_API_KEY,
        prefix: config.MEILI_INDEX_PREFIX,
      })
    : new PostgresSearchEngine(dataSource);
}

/**
 * Search: the engine, the registry of kinds' sources (found by their @SearchSourceProvider() mark),
 * live sync, the reindex, the query service and the field suggestions for the posting forms.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [
    { provide: SEARCH_ENGINE, inject: [SearchConfig, getDataSourceToken()], useFactory: createSearchEngine },
    SearchSourceRegistry,
    SearchSyncService,
    SearchService,
    Reindexer,
    FieldSuggester,
  ],
  exports: [SEARCH_ENGINE, SearchSourceRegistry, SearchSyncService, SearchService, Reindexer, FieldSuggester],
})
export class SearchModule {}
