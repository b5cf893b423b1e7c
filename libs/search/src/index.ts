export * from './dto/field-suggest.dto.js';
export * from './dto/search.dto.js';
export { MeiliSearchEngine, meiliSynonyms, type MeiliOptions } from './meilisearch/meili-search.engine.js';
export {
  AMOUNT_BUCKETS,
  CANDIDATE_CAP,
  PostgresSearchEngine,
  searchStatement,
} from './postgres/postgres-search.engine.js';
export { toTsquery } from './postgres/tsquery.js';
export {
  Reindexer,
  type ReindexOptions,
  type ReindexProgress,
  type ReindexReport,
} from './reindexer.service.js';
export {
  prepareDocument,
  SEARCH_VISIBILITIES,
  type DocumentKey,
  type IndexedDocument,
  type SearchDocument,
  type SearchVisibility,
} from './search-document.js';
export * from './search-engine.js';
export { postingOfJob, SEARCH_EVENTS, searchTargetOf } from './search-events.js';
export { createSearchEngine, SearchModule } from './search.module.js';
export { FieldSuggester, type FieldSuggestion, type FieldSuggestions } from './suggest/field-suggester.js';
export { searchFiltersOf, SearchService, type SearchFacetsInput } from './search.service.js';
export { SearchSourceProvider, SearchSourceRegistry, type SearchSource } from './search-source.js';
export { SearchSyncService, type SyncOutcome, type SyncTarget } from './search-sync.service.js';
export { normalizeText, TextAnalyzer } from './text/analyzer.js';
export { escapeHtml, highlight, snippet } from './text/highlight.js';
export { domainVocabulary, englishTermNames, thesaurusGroups } from './thesaurus/thesaurus.js';
export { searchContext } from './search.context.js';
export { SearchConfig } from './search.config.js';
