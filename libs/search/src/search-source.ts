import { Injectable, SetMetadata, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { PostingKind } from '#core';
import type { SearchDocument } from './search-document.js';

/**
 * How one kind of posting feeds search. A kind's lib implements it over its own tables and marks the
 * class with {@link SearchSourceProvider}; listing the class in its module's providers is all the
 * registration there is (docs/SEARCH.md).
 */
export interface SearchSource {
  readonly kind: PostingKind;
  /**
   * The documents of these ids that are listed now (published and not withdrawn), read fresh from the
   * database. An id missing from the answer is removed from the index: gone, draft, rejected, closed.
   */
  load(ids: readonly string[]): Promise<SearchDocument[]>;
  /** Listed postings in id order after `afterId` (null: from the start), at most `limit`: the reindex. */
  scan(afterId: string | null, limit: number): Promise<SearchDocument[]>;
  /** Listed postings now: the reindex's progress total and the consistency checks. */
  count(): Promise<number>;
  /**
   * The values this kind uses for the facets that are not taxonomy codes, so a search filter can be
   * validated: e.g. demand categories and listed statuses.
   */
  readonly facetValues: {
    category?: readonly string[];
    maturity?: readonly string[];
    status?: readonly string[];
    stage?: readonly string[];
    instrument?: readonly string[];
  };
}

const SEARCH_SOURCE = Symbol('search-source');

/** Marks a provider as the SearchSource of its kind; the registry finds it at start-up. */
export const SearchSourceProvider = () => SetMetadata(SEARCH_SOURCE, true);

/** Every registered SearchSource, by kind. Kinds without a source are simply not searchable yet. */
@Injectable()
export class SearchSourceRegistry implements OnModuleInit {
  private readonly sources = new Map<PostingKind, SearchSource>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || !wrapper.instance || !this.reflector.get<boolean>(SEARCH_SOURCE, type)) continue;
      this.register(wrapper.instance as SearchSource);
    }
  }

  register(source: SearchSource): void {
    const existing = this.sources.get(source.kind);
    if (existing && existing !== source) throw new Error(`Two search sources for kind ${source.kind}`);
    this.sources.set(source.kind, source);
  }

  get(kind: PostingKind): SearchSource | undefined {
    return this.sources.get(kind);
  }

  all(): SearchSource[] {
    return [...this.sources.values()];
  }

  /** The values of a facet over every kind (or one kind), for validating filters. */
  facetValues(facet: keyof SearchSource['facetValues'], kind?: PostingKind): Set<string> {
    const sources = kind ? [this.sources.get(kind)].filter((s) => s !== undefined) : this.all();
    return new Set(sources.flatMap((source) => source.facetValues[facet] ?? []));
  }
}
