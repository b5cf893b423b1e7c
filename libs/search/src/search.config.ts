import { IsIn, IsOptional, IsString, IsUrl, MinLength } from 'class-validator';
import type { ConfigSlice } from '#core';

/** The search context's environment variables (README lists them with the others). */
export class SearchConfig implements ConfigSlice {
  /** Which SearchEngine adapter serves search: PostgreSQL full-text search, or Meilisearch at scale. */
  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE: 'postgres' | 'meilisearch' = 'postgres';

  /** Meilisearch's address; required when SEARCH_ENGINE=meilisearch. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /** Prefix of the Meilisearch index names (`duijie-demand`…), so deployments can share one server. */
  @IsString()
  @MinLength(1)
  MEILI_INDEX_PREFIX = 'duijie';

  problems(): string[] {
    return this.SEARCH_ENGINE === 'meilisearch' && !this.MEILI_URL
      ? ['MEILI_URL must be set when SEARCH_ENGINE=meilisearch']
      : [];
  }
}
