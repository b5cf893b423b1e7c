import { Inject, Injectable } from '@nestjs/common';
import {
  industryName,
  isTechFieldCode,
  regionName,
  techFieldName,
  ValidationError,
  type FieldError,
  type Language,
} from '#core';
import type {
  FacetValueDto,
  SearchFacetsDto,
  SearchQueryDto,
  SearchResponseDto,
  SuggestionDto,
  SuggestQueryDto,
  SuggestResponseDto,
} from './dto/search.dto.js';
import { MAX_RESULT_DEPTH } from './dto/search.dto.js';
import {
  SEARCH_ENGINE,
  type Audience,
  type FacetCounts,
  type SearchEngine,
  type SearchFilters,
} from './search-engine.js';
import { SearchSourceRegistry } from './search-source.js';
import { normalizeText, TextAnalyzer } from './text/analyzer.js';
import { highlight, snippet } from './text/highlight.js';
import { domainVocabulary } from './thesaurus/thesaurus.js';

const DEFAULT_LIMIT = 20;
const SUGGESTIONS = 10;
/** Of the suggestions, how many may be vocabulary terms; the rest are postings' titles. */
const TERM_SUGGESTIONS = 4;

const EMPTY_FACETS = (): SearchFacetsDto => ({
  kind: [],
  category: [],
  maturity: [],
  industry: [],
  field: [],
  region: [],
  trl: [],
  status: [],
  amount: [],
});

/** The facet fields of a search request, as a search and a saved search both carry them. */
export type SearchFacetsInput = Omit<SearchQueryDto, 'q' | 'sort' | 'limit' | 'page'>;

/** The engine's filters from a request's facet fields. */
export function searchFiltersOf(input: SearchFacetsInput): SearchFilters {
  return {
    kind: input.kind,
    category: input.category,
    maturity: input.maturity,
    industryCode: input.industryCode,
    field: input.field,
    regionCode: input.regionCode,
    trlMin: input.trlMin,
    trlMax: input.trlMax,
    amountMinWan: input.amountMinWan,
    amountMaxWan: input.amountMaxWan,
    status: input.status,
    stage: input.stage,
    instrument: input.instrument,
    societyId: input.societyId,
  };
}

/**
 * Search as the API offers it: validates facet values against the taxonomy and the registered kinds,
 * parses the query once for whichever engine runs, and turns engine results into escaped, highlighted,
 * labelled answers.
 */
@Injectable()
export class SearchService {
  private readonly analyzer = TextAnalyzer.shared();
  /** Domain terms, normalized and sorted, for prefix completion without a round trip. */
  private readonly vocabulary = [...new Set(domainVocabulary().map(normalizeText))].sort();

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly registry: SearchSourceRegistry,
  ) {}

  async search(input: SearchQueryDto, audience: Audience, lang: Language): Promise<SearchResponseDto> {
    this.validate(input);
    const query = this.analyzer.parse(input.q);
    const limit = input.limit ?? DEFAULT_LIMIT;
    const offset = ((input.page ?? 1) - 1) * limit;
    // Nothing searchable (punctuation, emoji, stopwords) or past the ranked depth: an honest nothing.
    if (query.words.length === 0 || offset >= MAX_RESULT_DEPTH)
      return { total: 0, totalCapped: false, hits: [], facets: EMPTY_FACETS(), corrections: {} };
    const result = await this.engine.search({
      query,
      filters: searchFiltersOf(input),
      audience,
      sort: input.sort ?? 'relevance',
      offset,
      limit: Math.min(limit, MAX_RESULT_DEPTH - offset),
    });
    const terms = [...query.highlightTerms, ...Object.values(result.corrections)];
    return {
      total: result.total,
      totalCapped: result.totalCapped,
      hits: result.hits.map((hit) => ({
        id: hit.id,
        kind: hit.kind,
        title: hit.title,
        titleHighlight: highlight(hit.title, terms),
        snippet: snippet(hit.body, terms),
        score: hit.score,
      })),
      facets: this.facets(result.facets, lang),
      corrections: result.corrections,
    };
  }

  async suggest(input: SuggestQueryDto, audience: Audience): Promise<SuggestResponseDto> {
    const query = this.analyzer.parse(input.q);
    if (query.words.length === 0) return { suggestions: [] };
    const prefix = normalizeText(input.q.trim());
    const terms: SuggestionDto[] = this.termsStartingWith(prefix)
      .slice(0, TERM_SUGGESTIONS)
      .map((text) => ({ text, type: 'term' }));
    const postings = await this.engine.suggest(query, audience, input.kind, SUGGESTIONS - terms.length);
    const seen = new Set(terms.map((t) => t.text));
    const titles: SuggestionDto[] = postings
      .filter((p) => !seen.has(p.title) && seen.add(p.title))
      .map((p) => ({ text: p.title, type: 'posting', kind: p.kind, id: p.id }));
    return { suggestions: [...terms, ...titles] };
  }

  /** Vocabulary terms that start with `prefix` and are longer than it, shortest first. */
  private termsStartingWith(prefix: string): string[] {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.vocabulary[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(prefix); i += 1) {
      if (this.vocabulary[i] !== prefix) found.push(this.vocabulary[i]!);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  }

  /**
   * Facet values that are not taxonomy codes are checked against what the registered kinds use. Public
   * so that saved searches (subscriptions) are held to exactly the rules of a search.
   */
  validate(input: SearchFacetsInput): void {
    const errors: FieldError[] = [];
    if (input.field !== undefined && !isTechFieldCode(input.field))
      errors.push({ field: 'field', code: 'isTechField' });
    for (const facet of ['category', 'maturity', 'status', 'stage', 'instrument'] as const) {
      const value = input[facet];
      if (value !== undefined && !this.registry.facetValues(facet, input.kind).has(value))
        errors.push({ field: facet, code: 'isIn' });
    }
    if (input.trlMin !== undefined && input.trlMax !== undefined && input.trlMin > input.trlMax)
      errors.push({ field: 'trlMax', code: 'range' });
    if (
      input.amountMinWan !== undefined &&
      input.amountMaxWan !== undefined &&
      input.amountMinWan > input.amountMaxWan
    )
      errors.push({ field: 'amountMaxWan', code: 'range' });
    if (errors.length > 0) throw new ValidationError(errors);
  }

  private facets(counts: FacetCounts, lang: Language): SearchFacetsDto {
    const list = (name: string, label?: (value: string) => string | undefined): FacetValueDto[] =>
      Object.entries(counts[name] ?? {})
        .map(([value, count]) => {
          const named = label?.(value);
          return named ? { value, count: Number(count), label: named } : { value, count: Number(count) };
        })
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const facets: SearchFacetsDto = {
      kind: list('kind'),
      category: list('category'),
      maturity: list('maturity'),
      industry: list('industry', (code) => industryName(code, lang)),
      field: list('field', (code) => techFieldName(code, lang)),
      region: list('region', (code) => regionName(code, lang)),
      trl: list('trl').sort((a, b) => Number(a.value) - Number(b.value)),
      status: list('status'),
      amount: list('amount'),
    };
    if (counts.city) facets.city = list('city', (code) => regionName(code, lang));
    return facets;
  }
}
