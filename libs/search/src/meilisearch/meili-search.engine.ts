import { Meilisearch, type Index, type SearchParams, type Task } from 'meilisearch';
import { POSTING_KINDS, type PostingKind } from '#core';
import { prepareDocument, type DocumentKey, type SearchDocument } from '../search-document.js';
import type {
  Audience,
  EngineHit,
  EngineQuery,
  EngineResult,
  FacetCounts,
  IndexBuild,
  ParsedQuery,
  SearchEngine,
  SearchFilters,
  StoredQuery,
  Suggestion,
} from '../search-engine.js';
import { normalizeText, TextAnalyzer } from '../text/analyzer.js';
import { thesaurusGroups } from '../thesaurus/thesaurus.js';
import { AMOUNT_BUCKETS, CANDIDATE_CAP } from '../postgres/postgres-search.engine.js';

export interface MeiliOptions {
  url: string;
  apiKey?: string;
  /** Index names are `${prefix}-${kind}`. */
  prefix: string;
  /** How long a write waits for its task (read-your-writes). */
  taskTimeoutMs?: number;
}

/** A document as Meilisearch stores it: flat, dates as numbers so they sort and filter. */
interface MeiliDocument {
  id: string;
  kind: PostingKind;
  title: string;
  keywords: string[];
  body: string;
  /** The names of the posting's fields, zh and en: searchable last, as postgres weighs them D. */
  fieldNames: string[];
  visibility: string;
  status: string;
  category: string | null;
  maturity: string | null;
  industryCode: string | null;
  /** `industryCode` and the codes above it ('3841', '384', '38', 'C'): a filter on any level finds it. */
  industries: string[];
  fields: string[];
  regions: string[];
  regionProvince: string | null;
  regionCity: string | null;
  trl: number | null;
  amountLow: number | null;
  amountHigh: number | null;
  amountBucket: string | null;
  stage: string | null;
  instrument: string | null;
  societyId: string | null;
  organizationId: string | null;
  publishedAt: number | null;
  deadline: number | null;
}

/** Our facet names → Meilisearch attributes. */
const FACETS: Record<string, keyof MeiliDocument> = {
  kind: 'kind',
  category: 'category',
  maturity: 'maturity',
  industry: 'industryCode',
  field: 'fields',
  region: 'regionProvince',
  trl: 'trl',
  status: 'status',
  amount: 'amountBucket',
};

const SORTS: Record<Exclude<EngineQuery['sort'], 'relevance'>, string> = {
  newest: 'publishedAt:desc',
  deadline: 'deadline:asc',
  budget: 'amountHigh:desc',
};

/**
 * The thesaurus as Meilisearch synonyms: every term of a group finds every other, and — one way — the
 * terms it reaches (narrower and broader groups), and a word that is part of terms (lithium) finds those
 * terms, as the postgres adapter's `related` alternatives do. Meilisearch ranks a synonym's match by the
 * same rules as the word's, so only the postgres adapter ranks related matches lower.
 */
export function meiliSynonyms(): Record<string, string[]> {
  const analyzer = TextAnalyzer.shared();
  const synonyms: Record<string, string[]> = {};
  for (const group of thesaurusGroups()) {
    const terms = [...new Set(group.map(normalizeText))];
    for (const term of terms) {
      const own = terms.filter((other) => other !== term);
      synonyms[term] = [...new Set([...own, ...analyzer.relatedTerms(term)])].filter((t) => t !== term);
    }
  }
  for (const part of analyzer.partWords()) synonyms[part] ??= analyzer.relatedTerms(part);
  return synonyms;
}

/** A GB/T 4754 digit code starts with its ancestors' codes; the 门类 letter comes from the document. */
function industryPath(code: string | null, section: string | null): string[] {
  if (!code || !section) return [];
  const digitPrefixes = [2, 3, 4]
    .filter((length) => length <= code.length)
    .map((length) => code.slice(0, length));
  return code === section ? [section] : [section, ...digitPrefixes];
}

function toMeili(document: SearchDocument): MeiliDocument {
  const d = prepareDocument(document);
  const high = d.amountMaxWan ?? d.amountMinWan;
  const bucket =
    high === null ? null : (AMOUNT_BUCKETS.find(([, , max]) => max === null || high < max)?.[0] ?? null);
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    keywords: d.keywords,
    body: d.body,
    fieldNames: d.fieldNames,
    visibility: d.visibility,
    status: d.status,
    category: d.category,
    maturity: d.maturity,
    industryCode: d.industryCode,
    industries: industryPath(d.industryCode, d.industrySection),
    fields: d.fieldPaths,
    regions: [d.regionProvince, d.regionCity, d.regionCode].filter((r): r is string => r !== null),
    regionProvince: d.regionProvince,
    regionCity: d.regionCity,
    trl: d.trl,
    amountLow: d.amountMinWan ?? d.amountMaxWan,
    amountHigh: high,
    amountBucket: bucket,
    stage: d.stage,
    instrument: d.instrument,
    societyId: d.societyId,
    organizationId: d.organizationId,
    publishedAt: d.publishedAt ? Math.floor(d.publishedAt.getTime() / 1_000) : null,
    deadline: d.deadline ? Math.floor(Date.parse(`${d.deadline}T00:00:00Z`) / 86_400_000) : null,
  };
}

const quote = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function filterExpression(filters: Omit<SearchFilters, 'kind'>, audience: Audience): string[] {
  const where: string[] = [];
  if (audience === 'anonymous') where.push(`visibility != "registered"`);
  if (filters.category) where.push(`category = ${quote(filters.category)}`);
  if (filters.maturity) where.push(`maturity = ${quote(filters.maturity)}`);
  if (filters.industryCode) where.push(`industries = ${quote(filters.industryCode)}`);
  if (filters.field) where.push(`fields = ${quote(filters.field)}`);
  if (filters.regionCode) where.push(`regions = ${quote(filters.regionCode)}`);
  if (filters.trlMin !== undefined) where.push(`trl >= ${filters.trlMin}`);
  if (filters.trlMax !== undefined) where.push(`trl <= ${filters.trlMax}`);
  if (filters.amountMinWan !== undefined) where.push(`amountHigh >= ${filters.amountMinWan}`);
  if (filters.amountMaxWan !== undefined) where.push(`amountLow <= ${filters.amountMaxWan}`);
  if (filters.status) where.push(`status = ${quote(filters.status)}`);
  if (filters.stage) where.push(`stage = ${quote(filters.stage)}`);
  if (filters.instrument) where.push(`instrument = ${quote(filters.instrument)}`);
  if (filters.societyId) where.push(`societyId = ${quote(filters.societyId)}`);
  return where;
}

/** Stored queries per multi-search request when percolating: one request body stays small. */
const PERCOLATE_BATCH = 200;

const SETTINGS = {
  searchableAttributes: ['title', 'keywords', 'body', 'fieldNames'],
  filterableAttributes: [
    // Percolation pins each stored query to the one new document.
    'id',
    'kind',
    'visibility',
    'status',
    'category',
    'maturity',
    'industryCode',
    'industries',
    'fields',
    'regions',
    'regionProvince',
    'regionCity',
    'trl',
    'amountLow',
    'amountHigh',
    'amountBucket',
    'stage',
    'instrument',
    'societyId',
  ],
  sortableAttributes: ['publishedAt', 'deadline', 'amountHigh'],
  pagination: { maxTotalHits: CANDIDATE_CAP },
  faceting: { maxValuesPerFacet: 200 },
};

type Hit = MeiliDocument & { _rankingScore?: number };

/**
 * The Meilisearch adapter: one index per kind (`duijie-demand`, …) with the same documents, facets and
 * thesaurus (as synonyms). Every write waits for its task, so a sync job that finished is searchable
 * and a failed task fails the job (which then retries).
 */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  readonly client: Meilisearch;
  private ready?: Promise<void>;

  constructor(private readonly options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
  }

  uid(kind: PostingKind, suffix = ''): string {
    return `${this.options.prefix}-${kind}${suffix}`;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.ensureReady();
    await this.write(documents, '');
  }

  async remove(keys: DocumentKey[]): Promise<void> {
    await this.ensureReady();
    await this.delete(keys, '');
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    await this.ensureReady();
    const { kind, ...filters } = query.filters;
    const kinds = kind ? [kind] : [...POSTING_KINDS];
    const facets = [...Object.values(FACETS), ...(filters.regionCode ? ['regionCity'] : [])];
    const params: SearchParams = {
      filter: filterExpression(filters, query.audience),
      limit: query.offset + query.limit,
      offset: 0,
      facets,
      showRankingScore: true,
      attributesToRetrieve: ['id', 'kind', 'title', 'body', 'publishedAt', 'deadline', 'amountHigh'],
      ...(query.sort === 'relevance' ? {} : { sort: [SORTS[query.sort]] }),
    };
    const { results } = await this.client.multiSearch({
      queries: kinds.map((k) => ({ indexUid: this.uid(k), q: query.query.text, ...params })),
    });
    const hits = results.flatMap((result) => result.hits as Hit[]);
    hits.sort(this.order(query.sort));
    const counts: FacetCounts = {};
    let total = 0;
    for (const result of results) {
      total += result.estimatedTotalHits ?? 0;
      for (const [name, attribute] of [...Object.entries(FACETS), ['city', 'regionCity'] as const]) {
        for (const [value, count] of Object.entries(result.facetDistribution?.[attribute] ?? {})) {
          counts[name] ??= {};
          counts[name][value] = (counts[name][value] ?? 0) + count;
        }
      }
    }
    return {
      total: Math.min(total, CANDIDATE_CAP),
      totalCapped: total > CANDIDATE_CAP,
      hits: hits.slice(query.offset, query.offset + query.limit).map((hit): EngineHit => ({
        kind: hit.kind,
        id: hit.id,
        title: hit.title,
        body: hit.body,
        score: Number((hit._rankingScore ?? 0).toFixed(4)),
      })),
      facets: counts,
      corrections: {},
    };
  }

  async bestMatches(
    queries: readonly ParsedQuery[],
    filters: SearchFilters,
    audience: Audience,
    limit: number,
  ): Promise<DocumentKey[]> {
    const texts = queries.filter((query) => query.words.length > 0).map((query) => query.text);
    if (texts.length === 0) return [];
    await this.ensureReady();
    const { kind, ...rest } = filters;
    const kinds = kind ? [kind] : [...POSTING_KINDS];
    // Meilisearch has no OR between phrases: one search per text and kind, in one multi-search.
    const { results } = await this.client.multiSearch({
      queries: kinds.flatMap((k) =>
        texts.map((q) => ({
          indexUid: this.uid(k),
          q,
          filter: filterExpression(rest, audience),
          limit,
          showRankingScore: true,
          attributesToRetrieve: ['id', 'kind'],
        })),
      ),
    });
    const best = new Map<string, Hit>();
    for (const hit of results.flatMap((result) => result.hits) as Hit[]) {
      const key = `${hit.kind}:${hit.id}`;
      if ((best.get(key)?._rankingScore ?? -1) < (hit._rankingScore ?? 0)) best.set(key, hit);
    }
    return [...best.values()]
      .sort((a, b) => (b._rankingScore ?? 0) - (a._rankingScore ?? 0))
      .slice(0, limit)
      .map((hit) => ({ kind: hit.kind, id: hit.id }));
  }

  async suggest(
    query: ParsedQuery,
    audience: Audience,
    kind: PostingKind | undefined,
    limit: number,
  ): Promise<Suggestion[]> {
    await this.ensureReady();
    const kinds = kind ? [kind] : [...POSTING_KINDS];
    const { results } = await this.client.multiSearch({
      queries: kinds.map((k) => ({
        indexUid: this.uid(k),
        q: query.text,
        filter: filterExpression({}, audience),
        limit,
        showRankingScore: true,
        attributesToRetrieve: ['id', 'kind', 'title'],
      })),
    });
    return results
      .flatMap((result) => result.hits as Hit[])
      .sort((a, b) => (b._rankingScore ?? 0) - (a._rankingScore ?? 0))
      .slice(0, limit)
      .map((hit) => ({ kind: hit.kind, id: hit.id, title: hit.title }));
  }

  async percolate(key: DocumentKey, queries: readonly StoredQuery[]): Promise<string[]> {
    await this.ensureReady();
    // A query of another kind, or with no searchable word, can never find the document: no request.
    const candidates = queries.filter(
      (q) => q.query.words.length > 0 && (!q.filters.kind || q.filters.kind === key.kind),
    );
    const found: string[] = [];
    for (let start = 0; start < candidates.length; start += PERCOLATE_BATCH) {
      const batch = candidates.slice(start, start + PERCOLATE_BATCH);
      const { results } = await this.client.multiSearch({
        queries: batch.map((stored) => ({
          indexUid: this.uid(key.kind),
          q: stored.query.text,
          // The kind is the index itself, and filterExpression leaves it out.
          filter: [`id = ${quote(key.id)}`, ...filterExpression(stored.filters, 'signed-in')],
          // Every word must match, as in the postgres adapter; the default drops trailing words.
          matchingStrategy: 'all' as const,
          limit: 1,
          attributesToRetrieve: ['id'],
        })),
      });
      results.forEach((result, i) => {
        if (result.hits.length > 0) found.push(batch[i]!.id);
      });
    }
    return found;
  }

  async keys(): Promise<DocumentKey[]> {
    await this.ensureReady();
    const keys: DocumentKey[] = [];
    for (const kind of POSTING_KINDS) {
      for (let offset = 0; ; offset += 1_000) {
        const page = await this.client
          .index(this.uid(kind))
          .getDocuments({ fields: ['id'], offset, limit: 1_000 });
        keys.push(...page.results.map((d) => ({ kind, id: String(d.id) })));
        if (page.results.length < 1_000) break;
      }
    }
    return keys.sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind < b.kind ? -1 : 1));
  }

  async startBuild(): Promise<IndexBuild> {
    await this.ensureReady();
    for (const kind of POSTING_KINDS) {
      await this.wait(this.client.deleteIndex(this.uid(kind, '-next')).waitTask(this.waitOptions()), true);
      await this.createIndex(this.uid(kind, '-next'));
    }
    // The build's methods are plain functions over this engine (no `this` of their own).
    const write = (documents: SearchDocument[], suffix: string) => this.write(documents, suffix);
    const remove = (keys: DocumentKey[], suffix: string) => this.delete(keys, suffix);
    const client = this.client;
    const uid = (kind: PostingKind, suffix = '') => this.uid(kind, suffix);
    const wait = (task: Promise<Task>) => this.wait(task);
    const waitOptions = this.waitOptions();
    const abandon = async () => {
      for (const kind of POSTING_KINDS) await client.deleteIndexIfExists(uid(kind, '-next'));
    };
    return {
      upsert: (documents) => write(documents, '-next'),
      remove: (keys) => remove(keys, '-next'),
      prepare: () => Promise.resolve(),
      async swap(lastReplay) {
        // Writes enqueued before the swap land in what becomes the old index; the replay after it
        // re-reads every posting changed since the last round, so the live index ends up current.
        await wait(
          client
            .swapIndexes(
              POSTING_KINDS.map((kind) => ({
                indexes: [uid(kind), uid(kind, '-next')],
                rename: false,
              })),
            )
            .waitTask(waitOptions),
        );
        await lastReplay({ upsert: (d) => write(d, ''), remove: (k) => remove(k, '') });
        await abandon();
      },
      abandon,
    };
  }

  /** Creates the live indexes with their settings once per process (idempotent on the server). */
  ensureReady(): Promise<void> {
    this.ready ??= (async () => {
      for (const kind of POSTING_KINDS) await this.createIndex(this.uid(kind));
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async createIndex(uid: string): Promise<void> {
    // "Index already exists" is a failed task, and fine.
    await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(this.waitOptions()), true);
    await this.wait(
      this.client
        .index(uid)
        .updateSettings({ ...SETTINGS, synonyms: meiliSynonyms() })
        .waitTask(this.waitOptions()),
    );
  }

  private async write(documents: SearchDocument[], suffix: string): Promise<void> {
    const byKind = new Map<PostingKind, MeiliDocument[]>();
    for (const document of documents)
      byKind.set(document.kind, [...(byKind.get(document.kind) ?? []), toMeili(document)]);
    for (const [kind, docs] of byKind) {
      await this.wait(
        this.client
          .index<MeiliDocument>(this.uid(kind, suffix))
          .addDocuments(docs)
          .waitTask(this.waitOptions()),
      );
    }
  }

  private async delete(keys: DocumentKey[], suffix: string): Promise<void> {
    const byKind = new Map<PostingKind, string[]>();
    for (const key of keys) byKind.set(key.kind, [...(byKind.get(key.kind) ?? []), key.id]);
    for (const [kind, ids] of byKind) {
      await this.wait(
        this.client.index(this.uid(kind, suffix)).deleteDocuments(ids).waitTask(this.waitOptions()),
      );
    }
  }

  private waitOptions() {
    return { timeout: this.options.taskTimeoutMs ?? 30_000, interval: 25 };
  }

  private async wait(task: Promise<Task>, failureIsFine = false): Promise<void> {
    const done = await task;
    if (done.status === 'failed' && !failureIsFine)
      throw new Error(`Meilisearch task ${done.uid} failed: ${done.error?.message ?? 'unknown error'}`);
  }

  private order(sort: EngineQuery['sort']): (a: Hit, b: Hit) => number {
    const desc = (read: (h: Hit) => number | null) => (a: Hit, b: Hit) =>
      (read(b) ?? -Infinity) - (read(a) ?? -Infinity);
    switch (sort) {
      case 'newest':
        return desc((h) => h.publishedAt);
      case 'deadline':
        return (a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity);
      case 'budget':
        return desc((h) => h.amountHigh);
      default:
        return desc((h) => h._rankingScore ?? 0);
    }
  }
}

/** Exposed for the contract tests: the index of one kind. */
export type MeiliIndex = Index<MeiliDocument>;
