import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { PostgresSearchEngine } from '#search';
import {
  catalogueBench,
  loadNote,
  measureApi,
  measureSql,
  openDatabase,
  progress,
  type Measured,
} from './load.js';

/**
 * `node dist/bench/search.js`: full-text search over a catalogue of BENCH_POSTINGS generated postings
 * (bench/demand-generator.ts: text composed from the taxonomy, whose keywords the thesaurus covers).
 *
 * One run measures, each against its baseline in the same run:
 * - the full reindex (`Reindexer`, what `npm run search:reindex` runs) against bare jieba: the same texts
 *   segmented by the same TextAnalyzer and nothing else, on one thread;
 * - GET /api/v1/search over ≥ 40 rotating queries at BENCH_CONNECTIONS clients against the very
 *   statements the postgres engine issues for them, sent straight through a pg.Pool;
 * - those statements against the same statements without ranking (what ranking costs).
 * docs/BENCHMARKS.md records the results.
 */

const { postings: POSTINGS, load: LOAD } = catalogueBench('duijie_bench_search', 'duijie-bench-search');
const PAGE = 20;

/** Targets from the issue. */
const TARGET = {
  p95Ms: 50,
  apiOverSql: 1.5,
  rankedOverUnranked: 2,
  reindexSeconds: 60,
  reindexOverJieba: 0.5,
};

/**
 * What people type: thesaurus and taxonomy terms in Chinese and English, two-word queries, and a few
 * words the thesaurus maps across languages. 48 of them, taken in rotation.
 */
const QUERIES = [
  '锂电池',
  '锂离子电池',
  '机器视觉',
  '视觉检测',
  'lithium-ion battery',
  'machine vision',
  '储能',
  '氢燃料电池',
  '碳纤维复合材料',
  '工业机器人',
  '减速器',
  '数控机床',
  '增材制造',
  '光伏',
  '风电',
  '污水处理',
  '土壤修复',
  '中药提取',
  '石墨烯',
  '稀土永磁',
  '芯片',
  '大模型',
  '工业互联网',
  '数字孪生',
  '边缘计算',
  '智能网联汽车',
  '充电桩',
  '膜电极',
  '热失控',
  '固态电池',
  '智慧农业',
  '食品检测',
  '冷链',
  '超高清',
  '虚拟现实',
  '检验检测',
  '国产化替代',
  '降本增效',
  'digital twin',
  'industrial robot',
  'graphene',
  '锂电池 回收',
  '视觉检测 算法',
  '储能 降本',
  '晶圆 缺陷',
  '光伏 清洗机器人',
  '焊接机器人 焊缝',
  '工艺优化 良率',
];

interface Row {
  name: string;
  api?: Measured;
  sql: Measured;
  baseline: Measured;
  baselineName: string;
}

async function main() {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const { generateDemands } = await import('./demand-generator.js');
  const { Reindexer, SEARCH_ENGINE, TextAnalyzer } = await import('#search');

  process.env.SEARCH_ENGINE = 'postgres';
  const { config, pool } = await openDatabase(LOAD);
  const app = await createApp(config);
  // Lifecycle hooks run here: the search source registry fills at module init.
  await app.init();
  try {
    const startLoad = loadNote();
    const generationStarted = performance.now();
    const generated = await generateDemands(pool, POSTINGS, progress);
    const generationSeconds = (performance.now() - generationStarted) / 1_000;

    // Bare jieba: the listed postings' text, segmented as indexing segments it, nothing else.
    const analyzer = TextAnalyzer.shared();
    const texts = (
      await pool.query<{ title: string; keywords: string[]; body: string }>(
        `SELECT title, keywords, CASE WHEN visibility = 'confidential' THEN COALESCE(teaser, '') ELSE description END AS body
           FROM demands WHERE status IN ('published', 'in_progress', 'solved')`,
      )
    ).rows;
    progress(`bare jieba over ${texts.length} postings`);
    const jiebaStarted = performance.now();
    let tokens = 0;
    for (const text of texts) {
      tokens +=
        analyzer.indexTokens(text.title).length +
        analyzer.indexTokens(text.keywords.join(' ')).length +
        analyzer.indexTokens(text.body).length;
    }
    const jiebaSeconds = (performance.now() - jiebaStarted) / 1_000;

    progress('full reindex');
    let lastLine = 0;
    const reindex = await app.get(Reindexer).run({
      batchSize: 2_000,
      onProgress: (p) => {
        if (p.phase === 'scan' && Date.now() - lastLine < 2_000) return;
        lastLine = Date.now();
        progress(
          `reindex ${p.phase}${p.phase === 'scan' ? ` ${p.done}/${p.total}` : ''} at ${p.seconds.toFixed(1)} s`,
        );
      },
    });
    await pool.query('VACUUM ANALYZE search_documents');

    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const engine = app.get<PostgresSearchEngine>(SEARCH_ENGINE);
    const engineQuery = (q: string) => ({
      query: analyzer.parse(q),
      filters: {},
      audience: 'anonymous' as const,
      sort: 'relevance' as const,
      offset: 0,
      limit: PAGE,
    });
    const ranked = await Promise.all(QUERIES.map((q) => engine.statementFor(engineQuery(q), true)));
    const unranked = await Promise.all(QUERIES.map((q) => engine.statementFor(engineQuery(q), false)));

    // The SQL must answer what the api answers, or the comparison means nothing.
    const hitCounts: number[] = [];
    for (const [i, q] of QUERIES.entries()) {
      const response = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}&limit=${PAGE}`);
      const answer = (await response.json()) as { total: number; hits: { id: string }[] };
      const [row] = (await pool.query(ranked[i]!.sql, ranked[i]!.params)).rows as {
        hits: { id: string }[];
      }[];
      if (answer.hits.map((h) => h.id).join() !== row!.hits.map((h) => h.id).join())
        throw new Error(`“${q}”: the engine's SQL does not return the api's hits`);
      if (answer.hits.length === 0) throw new Error(`“${q}” finds nothing: not a realistic query here`);
      hitCounts.push(answer.total);
    }

    const run = (statements: { sql: string; params: unknown[] }[]) => (i: number) => {
      const s = statements[i % statements.length]!;
      return pool.query(s.sql, s.params);
    };
    const paths = QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=${PAGE}`);
    const suggestPaths = QUERIES.map((q) => `/api/v1/search/suggest?q=${encodeURIComponent(q.slice(0, 2))}`);
    const rows: Row[] = [];
    const api = await measureApi(LOAD, 'search', base, paths);
    const sql = await measureSql(LOAD, 'search', 'the engine’s SQL', run(ranked));
    const noRank = await measureSql(LOAD, 'search', 'the same SQL without ranking', run(unranked));
    rows.push({
      name: `search (${QUERIES.length} queries)`,
      api,
      sql,
      baseline: noRank,
      baselineName: 'unranked',
    });
    const suggest = await measureApi(LOAD, 'suggest', base, suggestPaths);

    const count = (n: number) => n.toLocaleString('en-US');
    const sorted = [...hitCounts].sort((a, b) => a - b);
    console.log();
    console.log(
      `machine   ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(`load      ${startLoad} at the start, ${loadNote()} at the end`);
    console.log(
      `catalogue ${count(POSTINGS)} postings, ${count(reindex.documents)} listed and indexed; generated ${count(generated.added)} in ${generationSeconds.toFixed(1)} s`,
    );
    console.log(
      `queries   ${QUERIES.length} rotating; matches per query min ${sorted[0]} / median ${sorted[sorted.length >> 1]} / max ${sorted.at(-1)} (capped)`,
    );
    console.log(`load      ${LOAD.connections} clients, ${LOAD.duration} s after ${LOAD.warmup} s warm-up`);
    console.log();
    const ms = (m: Measured) =>
      `${m.rps.toFixed(0).padStart(7)} /s  p50 ${m.p50.toFixed(1).padStart(6)}  p95 ${m.p95.toFixed(1).padStart(6)} ms`;
    console.log(`api search          ${ms(api)}`);
    console.log(`engine SQL (pg)     ${ms(sql)}`);
    console.log(`SQL without ranking ${ms(noRank)}`);
    console.log(`api suggest         ${ms(suggest)}`);
    const reindexRate = reindex.documents / reindex.seconds;
    const jiebaRate = texts.length / jiebaSeconds;
    console.log(
      `reindex             ${reindex.documents} docs in ${reindex.seconds.toFixed(1)} s = ${reindexRate.toFixed(0)} docs/s (${reindex.replayed} replayed)`,
    );
    console.log(
      `bare jieba          ${texts.length} docs in ${jiebaSeconds.toFixed(1)} s = ${jiebaRate.toFixed(0)} docs/s (${count(tokens)} tokens)`,
    );
    console.log();
    const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSED');
    const line = (label: string, value: string, ok: boolean, target: string) =>
      console.log(`${label.padEnd(34)}${value.padStart(10)}  (${verdict(ok)} target ${target})`);
    line('p95 api search', `${api.p95.toFixed(1)} ms`, api.p95 <= TARGET.p95Ms, `≤ ${TARGET.p95Ms} ms`);
    line(
      'p95 api / engine SQL',
      `${(api.p95 / sql.p95).toFixed(2)}×`,
      api.p95 / sql.p95 <= TARGET.apiOverSql,
      `≤ ${TARGET.apiOverSql}×`,
    );
    line(
      'p95 ranked / unranked SQL',
      `${(sql.p95 / noRank.p95).toFixed(2)}×`,
      sql.p95 / noRank.p95 <= TARGET.rankedOverUnranked,
      `≤ ${TARGET.rankedOverUnranked}×`,
    );
    line(
      'reindex time',
      `${reindex.seconds.toFixed(1)} s`,
      reindex.seconds <= TARGET.reindexSeconds,
      `≤ ${TARGET.reindexSeconds} s`,
    );
    line(
      'reindex / bare jieba throughput',
      `${(reindexRate / jiebaRate).toFixed(2)}×`,
      reindexRate / jiebaRate >= TARGET.reindexOverJieba,
      `≥ ${TARGET.reindexOverJieba}×`,
    );
  } finally {
    await app.close();
    await pool.end();
  }
}

await main();
