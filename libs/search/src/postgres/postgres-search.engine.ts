import type { DataSource, EntityManager } from 'typeorm';
import type { PostingKind } from '#core';
import {
  prepareDocument,
  type DocumentKey,
  type IndexedDocument,
  type SearchDocument,
} from '../search-document.js';
import type {
  Audience,
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
import { TextAnalyzer } from '../text/analyzer.js';
import { anyOf } from './any-of.js';
import { toTsquery } from './tsquery.js';

const TABLE = 'search_documents';
/**
 * How many matches are ranked, counted and faceted at most, so a broad query costs what a narrow one
 * does. By relevance, the matches in title or keywords first, then the others, each part in the table's
 * block order (the GIN bitmap's order; sequential scans are not synchronized, see data-source-options),
 * the same set on every call so pages never overlap; by any other order, the first in that order.
 * docs/BENCHMARKS.md has what larger caps cost.
 */
export const CANDIDATE_CAP = 1_000;
/** Candidates considered for suggestions, before ranking. */
const SUGGEST_CANDIDATES = 200;
/**
 * How much a match through related terms only (narrower, broader, part-of) counts against a match of
 * the words or their synonyms: the score is rank(words and synonyms) + this × rank(everything), so a
 * posting that says what was asked ranks above one found only through the hierarchy.
 */
export const RELATED_WEIGHT = 0.3;

/** The tsqueries of one search: what finds postings, and what ranks those that say what was asked. */
export interface SearchTsqueries {
  /** Words, synonyms and related terms: the candidates. */
  all: string;
  /** Words and synonyms only: the first part of the score. */
  own: string;
}

const tsqueriesOf = (words: ParsedQuery['words']): SearchTsqueries => ({
  all: toTsquery(words),
  own: toTsquery(words, { related: false }),
});

/** Budget buckets (万元) of the amount facet: a posting counts in the bucket its upper bound falls in. */
export const AMOUNT_BUCKETS = [
  ['0-50', 0, 50],
  ['50-100', 50, 100],
  ['100-500', 100, 500],
  ['500-1000', 500, 1_000],
  ['1000+', 1_000, null],
] as const;

const ORDER: Record<EngineQuery['sort'], string> = {
  relevance: 'score DESC, published_at DESC NULLS LAST, id',
  newest: 'published_at DESC NULLS LAST, id',
  deadline: 'deadline ASC NULLS LAST, id',
  budget: 'COALESCE(amount_max_wan, amount_min_wan) DESC NULLS LAST, id',
};

interface Statement {
  sql: string;
  params: unknown[];
}

/** Bind parameters in order; `add` returns the placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The condition of each facet filter on document `d`, given the SQL operand of its value. */
const FILTER_SQL: { [F in keyof SearchFilters]-?: (value: string) => string } = {
  kind: (v) => `d.kind = ${v}`,
  category: (v) => `d.category = ${v}`,
  maturity: (v) => `d.maturity = ${v}`,
  // A digit code starts with its ancestors' codes, so a 大类 filter ('38') finds a posting filed under
  // one of its 小类 ('3841'); a 门类 letter is matched through the stored section.
  industryCode: (v) => `(starts_with(d.industry_code, ${v}) OR d.industry_section = ${v})`,
  field: (v) => `d.fields @> ARRAY[${v}]::text[]`,
  regionCode: (v) => `(d.region_province = ${v} OR d.region_city = ${v} OR d.region_code = ${v})`,
  trlMin: (v) => `d.trl >= ${v}`,
  trlMax: (v) => `d.trl <= ${v}`,
  // Ranges overlap: the posting's [min, max] (either end may be open) meets the filter's.
  amountMinWan: (v) => `COALESCE(d.amount_max_wan, d.amount_min_wan) >= ${v}`,
  amountMaxWan: (v) => `COALESCE(d.amount_min_wan, d.amount_max_wan) <= ${v}`,
  status: (v) => `d.status = ${v}`,
  stage: (v) => `d.stage = ${v}`,
  instrument: (v) => `d.instrument = ${v}`,
  societyId: (v) => `d.society_id = ${v}`,
};

/** The SQL array type each filter's values travel in when many stored queries are percolated at once. */
const FILTER_ARRAY_TYPES: { [F in keyof SearchFilters]-?: string } = {
  kind: 'text[]',
  category: 'text[]',
  maturity: 'text[]',
  industryCode: 'text[]',
  field: 'text[]',
  regionCode: 'text[]',
  trlMin: 'int[]',
  trlMax: 'int[]',
  amountMinWan: 'numeric[]',
  amountMaxWan: 'numeric[]',
  status: 'text[]',
  stage: 'text[]',
  instrument: 'text[]',
  societyId: 'uuid[]',
};
const FILTER_NAMES = Object.keys(FILTER_SQL) as (keyof SearchFilters)[];

function filterSql(filters: SearchFilters, audience: Audience, p: Params): string[] {
  const where: string[] = [];
  if (audience === 'anonymous') where.push(`d.visibility <> 'registered'`);
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== undefined) where.push(FILTER_SQL[name](p.add(value)));
  }
  return where;
}

/**
 * Percolation in one statement: the document's row against every stored query of the batch, whose
 * tsquery and filters arrive as parallel arrays (a filter left out is NULL and holds for any document).
 */
function percolateStatement(key: DocumentKey, queries: readonly StoredQuery[]): Statement {
  const p = new Params();
  const kind = p.add(key.kind);
  const id = p.add(key.id);
  const columns = [
    `${p.add(queries.map((q) => q.id))}::text[]`,
    `${p.add(queries.map((q) => toTsquery(q.query.words)))}::text[]`,
    ...FILTER_NAMES.map(
      (name) => `${p.add(queries.map((q) => q.filters[name] ?? null))}::${FILTER_ARRAY_TYPES[name]}`,
    ),
  ];
  const conditions = FILTER_NAMES.map((name, i) => `(q.f${i} IS NULL OR ${FILTER_SQL[name](`q.f${i}`)})`);
  const sql = `
    SELECT q.id FROM ${TABLE} d,
           unnest(${columns.join(', ')}) AS q(id, tsq, ${FILTER_NAMES.map((_, i) => `f${i}`).join(', ')})
     WHERE d.kind = ${kind} AND d.id = ${id} AND q.tsq <> ''
       AND d.tsv @@ to_tsquery('simple', q.tsq)
       AND ${conditions.join('\n       AND ')}`;
  return { sql, params: p.values };
}

/**
 * Common table expressions ending in `name`: at most `limit` relevance candidates of tsquery operand `q`
 * under `filters`, with `columns`. Postings that match in their title or keywords (`tsv_head`, generated
 * from the vector's A and B weights) come first, then those that match in the body only, each part in
 * the GIN bitmap's block order: whatever the cap leaves out when more postings match than are ranked, a
 * posting named by the query in its title is never among it. The body part is not read at all once the
 * head fills the cap. Its test is `IS NOT TRUE` rather than `NOT`, so a NULL head (a table rebuilt
 * without the generated column) still leaves every match to the body part instead of hiding it.
 */
function relevanceCandidates(
  name: string,
  columns: string,
  q: string,
  filters: string[],
  limit: string | number,
): string {
  const tsquery = `to_tsquery('simple', ${q})`;
  const where = (conditions: string[]) => [...conditions, ...filters].join(' AND ');
  return `${name}_head AS MATERIALIZED (
      SELECT ${columns} FROM ${TABLE} d WHERE ${where([`d.tsv_head @@ ${tsquery}`])} LIMIT ${limit}),
    ${name} AS MATERIALIZED (
      SELECT * FROM ${name}_head
      UNION ALL
      (SELECT ${columns} FROM ${TABLE} d WHERE ${where([`d.tsv @@ ${tsquery}`, `(d.tsv_head @@ ${tsquery}) IS NOT TRUE`])}
        LIMIT ${limit} - (SELECT count(*) FROM ${name}_head)))`;
}

const facet = (name: string, expr: string, from = 'm') =>
  `(SELECT COALESCE(json_object_agg(v, n), '{}') FROM (SELECT ${expr} AS v, count(*) AS n FROM ${from}
     GROUP BY 1 HAVING ${expr.includes('unnest') ? 'true' : `${expr} IS NOT NULL`}) f) AS "${name}"`;

/**
 * The search statement: candidates are at most CANDIDATE_CAP matches of the GIN index (filters applied);
 * the page, the total and every facet are read from that one materialized set in a single round trip.
 * By relevance the candidates are {@link relevanceCandidates}, each ranked once. By any other order
 * they are the first CANDIDATE_CAP in that order, taken from every match (a top-N sort), so the newest posting, the
 * nearest deadline or the largest budget is never left out; only the page is ranked then, for its score.
 * `ranked: false` gives the relevance statement without ts_rank (the benchmark's "no ranking" baseline).
 */
export function searchStatement(query: EngineQuery, tsqueries: SearchTsqueries, ranked = true): Statement {
  const p = new Params();
  const byRelevance = query.sort === 'relevance';
  const q = p.add(tsqueries.all);
  // The words' own tsquery is a parameter only where the statement ranks: a parameter the SQL never
  // reads has no type PostgreSQL can infer, and the statement would be refused.
  const own = ranked || !byRelevance ? p.add(tsqueries.own) : undefined;
  const filters = filterSql(query.filters, query.audience, p);
  const rank = `(ts_rank(d.tsv, to_tsquery('simple', ${own})) + ${RELATED_WEIGHT} * ts_rank(d.tsv, to_tsquery('simple', ${q})))`;
  const pageOrder = byRelevance && !ranked ? ORDER.newest : ORDER[query.sort];
  const cityFacet = query.filters.regionCode ? [facet('city', 'region_city')] : [];
  const columns = `d.kind, d.id, d.published_at, d.deadline, d.amount_min_wan, d.amount_max_wan,
             d.category, d.maturity, d.industry_code, d.fields, d.region_province, d.region_city, d.trl, d.status`;
  const candidates = byRelevance
    ? relevanceCandidates(
        'm',
        `${columns}, ${ranked ? rank : '0::real'} AS score`,
        q,
        filters,
        CANDIDATE_CAP + 1,
      )
    : `m AS MATERIALIZED (
      SELECT ${columns}, 0::real AS score FROM ${TABLE} d
       WHERE ${[`d.tsv @@ to_tsquery('simple', ${q})`, ...filters].join(' AND ')}
       ORDER BY ${ORDER[query.sort]} LIMIT ${CANDIDATE_CAP + 1})`;
  const sql = `
    WITH ${candidates}
    SELECT (SELECT count(*) FROM m)::int AS total,
           (SELECT COALESCE(json_agg(h ORDER BY h.n), '[]') FROM (
              SELECT d.kind, d.id, d.title, d.body, ${byRelevance ? 'p.score' : rank} AS score, p.n FROM (
                SELECT kind, id, score, row_number() OVER () AS n FROM (
                  SELECT kind, id, score FROM m
                   ORDER BY ${pageOrder}
                   LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}) o) p
              JOIN ${TABLE} d ON d.kind = p.kind AND d.id = p.id) h) AS hits,
           ${[
             facet('kind', 'kind'),
             facet('category', 'category'),
             facet('maturity', 'maturity'),
             facet('industry', 'industry_code'),
             facet('field', 'unnest(fields)'),
             facet('region', 'region_province'),
             ...cityFacet,
             facet('trl', 'trl'),
             facet('status', 'status'),
             facet('amount', amountBucketSql()),
           ].join(',\n           ')}`;
  return { sql, params: p.values };
}

function amountBucketSql(): string {
  const upper = 'COALESCE(amount_max_wan, amount_min_wan)';
  const cases = AMOUNT_BUCKETS.map(([name, , max]) =>
    max === null ? `ELSE '${name}'` : `WHEN ${upper} < ${max} THEN '${name}'`,
  ).join(' ');
  return `CASE WHEN ${upper} IS NULL THEN NULL ${cases} END`;
}

interface SearchRow {
  total: number;
  hits: { kind: PostingKind; id: string; title: string; body: string; score: number }[];
  [facet: string]: unknown;
}

/**
 * The default engine, inside the PostgreSQL we already run: see the SearchDocuments migration for the
 * tables. Writes are plain SQL statements, visible as soon as they commit.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';
  private readonly analyzer = TextAnalyzer.shared();
  private vocabularySeeded?: Promise<void>;

  constructor(private readonly dataSource: DataSource) {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.write(this.dataSource.manager, TABLE, documents, true);
  }

  async remove(keys: DocumentKey[]): Promise<void> {
    await this.delete(this.dataSource.manager, TABLE, keys);
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const { words, corrections } = await this.correct(query.query);
    const statement = searchStatement(query, tsqueriesOf(words));
    const [row] = (await this.dataSource.query(statement.sql, statement.params)) as SearchRow[];
    const { total, hits, ...facets } = row!;
    return {
      total: Math.min(total, CANDIDATE_CAP),
      totalCapped: total > CANDIDATE_CAP,
      hits: hits.map((hit) => ({ ...hit, score: Number(hit.score.toFixed(4)) })),
      facets: facets as FacetCounts,
      corrections,
    };
  }

  /** The statement `search` would run, for the benchmark's raw-SQL baseline. */
  async statementFor(query: EngineQuery, ranked = true): Promise<Statement> {
    const { words } = await this.correct(query.query);
    return searchStatement(query, tsqueriesOf(words), ranked);
  }

  async bestMatches(
    queries: readonly ParsedQuery[],
    filters: SearchFilters,
    audience: Audience,
    limit: number,
  ): Promise<DocumentKey[]> {
    const query = anyOf(queries);
    if (query.words.length === 0) return [];
    const p = new Params();
    const q = p.add(toTsquery(query.words));
    const columns = `d.kind, d.id, d.published_at, ts_rank(d.tsv, to_tsquery('simple', ${q})) AS score`;
    // The same capped candidate set and order as a relevance search, without its page, count and facets.
    return this.dataSource.query(
      `WITH ${relevanceCandidates('c', columns, q, filterSql(filters, audience, p), CANDIDATE_CAP)}
       SELECT kind, id FROM c ORDER BY ${ORDER.relevance} LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  async suggest(
    query: ParsedQuery,
    audience: Audience,
    kind: PostingKind | undefined,
    limit: number,
  ): Promise<Suggestion[]> {
    if (query.words.length === 0) return [];
    const p = new Params();
    const q = p.add(toTsquery(query.words, { prefix: true, related: false }));
    const columns = `d.kind, d.id, d.title, ts_rank(d.tsv, to_tsquery('simple', ${q})) AS score`;
    const filters = filterSql({ kind }, audience, p);
    const rows: Suggestion[] = await this.dataSource.query(
      `WITH ${relevanceCandidates('c', columns, q, filters, SUGGEST_CANDIDATES)}
       SELECT kind, id, title FROM c ORDER BY score DESC, title LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows;
  }

  async percolate(key: DocumentKey, queries: readonly StoredQuery[]): Promise<string[]> {
    if (queries.length === 0) return [];
    const statement = percolateStatement(key, queries);
    const rows: { id: string }[] = await this.dataSource.query(statement.sql, statement.params);
    return rows.map((row) => row.id);
  }

  async keys(): Promise<DocumentKey[]> {
    return this.dataSource.query(`SELECT kind, id FROM ${TABLE} ORDER BY kind, id`);
  }

  async startBuild(): Promise<IndexBuild> {
    return new PostgresIndexBuild(this.dataSource, this);
  }

  /** Writes documents to `table`: a multi-row INSERT from arrays; `upsert` replaces existing rows. */
  async write(manager: EntityManager, table: string, documents: SearchDocument[], upsert: boolean) {
    if (documents.length === 0) return;
    await this.seedVocabulary();
    const docs = documents.map(prepareDocument);
    const latin = new Set<string>();
    const texts = docs.map((doc) => this.spelledOut(doc, latin));
    const column = <T>(read: (d: IndexedDocument) => T) => docs.map(read);
    await manager.query(
      `INSERT INTO ${table} (kind, id, organization_id, title, keywords, body, visibility, status, category,
         maturity, industry_code, industry_section, fields, region_code, region_province, region_city, trl,
         amount_min_wan, amount_max_wan, stage, instrument, society_id, published_at, deadline, tsv)
       SELECT r.kind, r.id, r.organization_id, r.title, r.keywords, r.body, r.visibility, r.status, r.category,
         r.maturity, r.industry_code, r.industry_section, string_to_array(r.fields, ','), r.region_code, r.region_province,
         r.region_city, r.trl, r.amount_min_wan, r.amount_max_wan, r.stage, r.instrument, r.society_id,
         r.published_at, r.deadline,
         setweight(to_tsvector('simple', r.t_title), 'A') || setweight(to_tsvector('simple', r.t_keywords), 'B')
           || setweight(to_tsvector('simple', r.t_body), 'C') || setweight(to_tsvector('simple', r.t_fields), 'D')
       FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::int[],
         $17::numeric[], $18::numeric[], $19::text[], $20::text[], $21::uuid[], $22::timestamptz[], $23::date[],
         $24::text[], $25::text[], $26::text[], $27::text[], $28::text[])
         AS r(kind, id, organization_id, title, keywords, body, visibility, status, category, industry_code,
           industry_section, fields, region_code, region_province, region_city, trl, amount_min_wan,
           amount_max_wan, stage, instrument, society_id, published_at, deadline, t_title, t_keywords, t_body,
           t_fields, maturity)
       ${
         upsert
           ? `ON CONFLICT (kind, id) DO UPDATE SET organization_id = excluded.organization_id,
         title = excluded.title, keywords = excluded.keywords, body = excluded.body,
         visibility = excluded.visibility, status = excluded.status, category = excluded.category,
         maturity = excluded.maturity,
         industry_code = excluded.industry_code, industry_section = excluded.industry_section,
         fields = excluded.fields, region_code = excluded.region_code, region_province = excluded.region_province,
         region_city = excluded.region_city, trl = excluded.trl, amount_min_wan = excluded.amount_min_wan,
         amount_max_wan = excluded.amount_max_wan, stage = excluded.stage, instrument = excluded.instrument,
         society_id = excluded.society_id, published_at = excluded.published_at, deadline = excluded.deadline,
         tsv = excluded.tsv, indexed_at = now()`
           : ''
       }`,
      [
        column((d) => d.kind),
        column((d) => d.id),
        column((d) => d.organizationId),
        column((d) => d.title),
        column((d) => d.keywords.join(' ')),
        column((d) => d.body),
        column((d) => d.visibility),
        column((d) => d.status),
        column((d) => d.category),
        column((d) => d.industryCode),
        column((d) => d.industrySection),
        column((d) => d.fieldPaths.join(',')),
        column((d) => d.regionCode),
        column((d) => d.regionProvince),
        column((d) => d.regionCity),
        column((d) => d.trl),
        column((d) => d.amountMinWan),
        column((d) => d.amountMaxWan),
        column((d) => d.stage),
        column((d) => d.instrument),
        column((d) => d.societyId),
        column((d) => d.publishedAt),
        column((d) => d.deadline),
        texts.map(([title]) => title),
        texts.map(([, keywords]) => keywords),
        texts.map(([, , body]) => body),
        texts.map(([, , , fields]) => fields),
        column((d) => d.maturity),
      ],
    );
    await this.rememberTerms(manager, [...latin]);
  }

  /**
   * A document's title, keywords, body and field names as index tokens joined by spaces, for
   * to_tsvector, with its Latin terms added to `latin`. One document at a time, so that its token arrays
   * are garbage before the next is cut: a whole batch's arrays held together cost the reindex more in
   * garbage collection. The field names (weight D, the lowest) make a query that names a field find the
   * postings filed under it, in either language.
   */
  private spelledOut(doc: IndexedDocument, latin: Set<string>): [string, string, string, string] {
    const fields = [doc.title, doc.keywords.join(' '), doc.body, doc.fieldNames.join('\n')].map((text) => {
      const tokens = this.analyzer.indexTokens(text);
      for (const term of this.analyzer.latinTerms(tokens)) latin.add(term);
      return tokens.join(' ');
    });
    return fields as [string, string, string, string];
  }

  async delete(manager: EntityManager, table: string, keys: DocumentKey[]) {
    if (keys.length === 0) return;
    await manager.query(
      `DELETE FROM ${table} d USING unnest($1::text[], $2::uuid[]) AS k(kind, id)
        WHERE d.kind = k.kind AND d.id = k.id`,
      [keys.map((k) => k.kind), keys.map((k) => k.id)],
    );
  }

  private async rememberTerms(manager: EntityManager, terms: string[]) {
    if (terms.length === 0) return;
    // Sorted, so concurrent writers take the unique-index locks in one order and cannot deadlock.
    await manager.query(
      `INSERT INTO search_terms (term) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT DO NOTHING`,
      [[...terms].sort()],
    );
  }

  /** The thesaurus's Latin words are known terms from the start, so typos of them are fixed at once. */
  private seedVocabulary(): Promise<void> {
    this.vocabularySeeded ??= this.rememberTerms(
      this.dataSource.manager,
      this.analyzer.latinTerms(this.analyzer.vocabularyLexemes()),
    ).catch((error: unknown) => {
      this.vocabularySeeded = undefined;
      throw error;
    });
    return this.vocabularySeeded;
  }

  /**
   * Typo tolerance for Latin words: a fuzzy word that no document or thesaurus term contains gets the
   * nearest known term as an alternative beside itself — only a term within the typos its length allows
   * (TYPOS_ALLOWED), found among the trigram-similar ones (pg_trgm's index) and nearest by edit distance.
   * Similarity alone corrected correctly spelled words that merely no posting uses into other words
   * (graphene → graphite); a word any posting holds is never corrected.
   */
  private async correct(
    query: ParsedQuery,
  ): Promise<{ words: ParsedQuery['words']; corrections: Record<string, string> }> {
    const fuzzy = query.words.filter((w) => w.fuzzy).map((w) => w.text);
    if (fuzzy.length === 0) return { words: query.words, corrections: {} };
    const rows: { word: string; fix: string | null }[] = await this.dataSource.query(
      `SELECT w.word,
              (SELECT t.term FROM search_terms t
                WHERE t.term % w.word AND levenshtein_less_equal(t.term, w.word, w.typos) <= w.typos
                ORDER BY levenshtein_less_equal(t.term, w.word, w.typos), t.term <-> w.word, t.term
                LIMIT 1) AS fix
         FROM unnest($1::text[], $2::int[]) AS w(word, typos)
        WHERE w.typos > 0 AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word)`,
      [fuzzy, fuzzy.map(typosAllowed)],
    );
    const corrections = Object.fromEntries(rows.filter((r) => r.fix).map((r) => [r.word, r.fix!]));
    const words = query.words.map((word) => {
      const fix = corrections[word.text];
      if (!fix) return word;
      const fixed = this.analyzer.parse(fix).words[0];
      // The known term with everything it reaches: lithum → lithium → the terms lithium is part of.
      return {
        ...word,
        alternatives: [...word.alternatives, ...(fixed?.alternatives ?? [[fix]])],
        related: [...word.related, ...(fixed?.related ?? [])],
      };
    });
    return { words, corrections };
  }
}

/**
 * Edits a typo may be away from the word meant, by the word's length, as Meilisearch counts them by
 * default: none below five letters (too many short words are one letter apart), one up to eight, two
 * from nine.
 */
export function typosAllowed(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * A rebuild into `search_documents_next`, created with the live table's indexes: the GIN indexes take
 * the bulk INSERTs into their pending lists and merge them a few megabytes at a time, on PostgreSQL's
 * core while Node segments the next batch, rather than in one index build after the last batch that
 * nothing else would overlap. Swapped in by renames inside one transaction that holds the live table's
 * lock.
 */
class PostgresIndexBuild implements IndexBuild {
  private readonly table = `${TABLE}_next`;
  /** Whether the scan's bulk fill is over: after it, writes replace rows the scan wrote. */
  private filled = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: PostgresSearchEngine,
  ) {}

  private created?: Promise<void>;

  /** The new table with the live table's indexes (primary key included), under temporary names. */
  private async ensureTable(): Promise<void> {
    this.created ??= (async () => {
      await this.dataSource.query(`DROP TABLE IF EXISTS ${this.table}`);
      await this.dataSource.query(
        `CREATE TABLE ${this.table} (LIKE ${TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)`,
      );
      const indexes: { indexname: string; indexdef: string }[] = await this.dataSource.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
        [TABLE],
      );
      for (const { indexname, indexdef } of indexes) {
        const definition = indexdef
          .replace(`INDEX ${indexname} ON`, `INDEX ${indexname}_next ON`)
          .replace(new RegExp(`\\.${TABLE} USING`), `.${this.table} USING`);
        await this.dataSource.query(definition);
        if (indexname === `${TABLE}_pkey`)
          await this.dataSource.query(
            `ALTER TABLE ${this.table} ADD CONSTRAINT ${indexname}_next PRIMARY KEY USING INDEX ${indexname}_next`,
          );
      }
    })();
    return this.created;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.ensureTable();
    // During the scan, rows are distinct, so a plain INSERT is enough.
    await this.engine.write(this.dataSource.manager, this.table, documents, this.filled);
  }

  async remove(keys: DocumentKey[]): Promise<void> {
    await this.ensureTable();
    await this.engine.delete(this.dataSource.manager, this.table, keys);
  }

  /** Merges what the GIN indexes still hold pending and gathers the planner's statistics. */
  async prepare(): Promise<void> {
    await this.ensureTable();
    await this.dataSource.query(
      `SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = $1::regclass AND a.amname = 'gin'`,
      [this.table],
    );
    await this.dataSource.query(`ANALYZE ${this.table}`);
    this.filled = true;
  }

  async swap(lastReplay: (build: Pick<IndexBuild, 'upsert' | 'remove'>) => Promise<void>): Promise<void> {
    if (!this.filled) await this.prepare();
    await this.dataSource.transaction(async (manager) => {
      // Writers to the live table wait here; once the renames commit, PostgreSQL resolves their
      // statements' table name again, so they write to the new table.
      await manager.query(`LOCK TABLE ${TABLE} IN ACCESS EXCLUSIVE MODE`);
      await lastReplay({
        upsert: (documents) => this.engine.write(manager, this.table, documents, true),
        remove: (keys) => this.engine.delete(manager, this.table, keys),
      });
      const indexes: { indexname: string }[] = await manager.query(
        `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
        [TABLE],
      );
      await manager.query(`DROP TABLE ${TABLE}`);
      await manager.query(`ALTER TABLE ${this.table} RENAME TO ${TABLE}`);
      for (const { indexname } of indexes)
        await manager.query(`ALTER INDEX ${indexname}_next RENAME TO ${indexname}`);
    });
  }

  async abandon(): Promise<void> {
    await this.dataSource.query(`DROP TABLE IF EXISTS ${this.table}`);
  }
}
