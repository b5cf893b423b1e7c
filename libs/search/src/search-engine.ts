import type { PostingKind } from '#core';
import type { DocumentKey, SearchDocument } from './search-document.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'deadline', 'budget'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Anonymous callers never see `registered` postings; signed-in callers see every listed one. */
export type Audience = 'anonymous' | 'signed-in';

/** Facet filters, already validated against the taxonomy and the registered kinds. */
export interface SearchFilters {
  kind?: PostingKind;
  category?: string;
  maturity?: string;
  industryCode?: string;
  field?: string;
  regionCode?: string;
  trlMin?: number;
  trlMax?: number;
  /** Postings whose amount range overlaps [amountMinWan, amountMaxWan]. */
  amountMinWan?: number;
  amountMaxWan?: number;
  status?: string;
  stage?: string;
  instrument?: string;
  societyId?: string;
}

/**
 * A parsed query: each word must match through one of its alternatives, each alternative being lexemes
 * that must all occur. Built by the TextAnalyzer from the user's text and the thesaurus, so both engines
 * get the same understanding of a query; `text` is what the user typed, for engines that parse it
 * themselves (Meilisearch, with the thesaurus pushed as synonyms).
 */
export interface ParsedQuery {
  text: string;
  words: QueryWord[];
  /** Surface forms to <mark> in titles and snippets, longest first. */
  highlightTerms: string[];
}

export interface QueryWord {
  text: string;
  /** The word itself, its sub-words together, its synonyms: what it means. */
  alternatives: string[][];
  /**
   * Terms the word reaches through the thesaurus beyond its synonyms (narrower, broader, the terms it
   * is part of): a posting matching only these is found, ranked below one matching an alternative.
   * Search and saved searches use them; matching's candidate retrieval (`bestMatches`) does not.
   */
  related: string[][];
  /** A Latin word that may be a typo: the postgres engine may add the nearest known term. */
  fuzzy: boolean;
}

export interface EngineQuery {
  query: ParsedQuery;
  filters: SearchFilters;
  audience: Audience;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface EngineHit {
  kind: PostingKind;
  id: string;
  title: string;
  /** Plain text the snippet is cut from (the teaser for a confidential posting). */
  body: string;
  score: number;
}

/** Facet name → value → count. */
export type FacetCounts = Record<string, Record<string, number>>;

export interface EngineResult {
  total: number;
  /** True when more postings matched than the engine counts exactly (the candidate cap). */
  totalCapped: boolean;
  hits: EngineHit[];
  facets: FacetCounts;
  /** Words the engine corrected (typo → known term), for "showing results for". */
  corrections: Record<string, string>;
}

export interface Suggestion {
  kind: PostingKind;
  id: string;
  title: string;
}

/**
 * A stored search (a saved-search subscription) to run against one new document: percolation. Stored
 * searches are signed-in users' own, so they see what a signed-in search sees.
 */
export interface StoredQuery {
  id: string;
  query: ParsedQuery;
  filters: SearchFilters;
}

/** A new index being filled while the live one keeps serving; `swap` makes it live atomically. */
export interface IndexBuild {
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(keys: DocumentKey[]): Promise<void>;
  /**
   * The bulk fill is over: finish what it deferred (postgres: pending index entries, statistics) before
   * the replay rounds.
   */
  prepare(): Promise<void>;
  /**
   * Makes the new index live. `lastReplay` runs while writes to the live index wait (postgres: inside
   * the swap transaction, holding its lock), so nothing that changed before the swap is lost.
   */
  swap(lastReplay: (build: Pick<IndexBuild, 'upsert' | 'remove'>) => Promise<void>): Promise<void>;
  /** Throws the new index away (a failed rebuild). */
  abandon(): Promise<void>;
}

/**
 * The SearchEngine port (ARCHITECTURE.md, Search). Adapters: postgres (default) and meilisearch.
 * Writes are idempotent; `upsert` of a document replaces it whole. Writes resolve once the change is
 * visible to searches (read-your-writes), which the sync job and the tests rely on.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(keys: DocumentKey[]): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /**
   * Keys of the best-ranked visible postings matching any of `queries`, in one round trip and without
   * text, totals or facets: what matching needs to propose candidates for a posting's keywords and
   * title, at a fraction of a full search's cost.
   */
  bestMatches(
    queries: readonly ParsedQuery[],
    filters: SearchFilters,
    audience: Audience,
    limit: number,
  ): Promise<DocumentKey[]>;
  /** Titles of visible postings that complete what the user is typing. */
  suggest(
    query: ParsedQuery,
    audience: Audience,
    kind: PostingKind | undefined,
    limit: number,
  ): Promise<Suggestion[]>;
  /**
   * The ids of the stored queries that find the indexed document `key` (every word matching, every
   * filter holding), in one pass over the batch instead of one search per query. Nothing when the
   * document is not in the index (never listed, withdrawn): drafts never match. Typos are not
   * corrected: a subscription hears of postings that contain its words.
   */
  percolate(key: DocumentKey, queries: readonly StoredQuery[]): Promise<string[]>;
  /** Every key in the live index (reindex checks and tests; fine at catalogue sizes). */
  keys(): Promise<DocumentKey[]>;
  startBuild(): Promise<IndexBuild>;
}

/** Nest token of the engine chosen by SEARCH_ENGINE. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
