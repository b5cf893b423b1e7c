import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calibrateFit,
  DEV_TYPES,
  loadDevSet,
  rankDevSet,
  runBaseline,
  scoreRun,
  scoreRunPerDemand,
  type RunMetrics,
} from '#matching-eval';
import { runPipeline } from './eval-pipeline.js';

/**
 * `npm run eval:matching`: scores the labelled development set (MATCHING_DEV_DIR, by default the shared
 * ../shared/data/matching-dev next to the repository) three ways in one run, with the set's own
 * score.mjs: the product's pipeline (the set loaded through the API into a database of its own, matched
 * by the worker, read from the matches API — eval-pipeline.ts), the offline ranker (the scorer over the
 * whole pool, no retrieval) and the set's keyword-overlap baseline. A gap between the pipeline and the
 * offline ranker is a bug in retrieval or storage. EVAL_OFFLINE_ONLY=true skips the pipeline;
 * EVAL_RUN_OUT=file keeps the pipeline's run.
 */
const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const dir = resolve(process.env.MATCHING_DEV_DIR ?? resolve(repoRoot, '../shared/data/matching-dev'));
const log = (line: string) => console.error(`[eval] ${line}`);

const row = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(12) : cell.padStart(10))).join(' ');
const f = (value: number) => value.toFixed(4);
const mean = (metrics: RunMetrics, key: 'ndcg10' | 'recall20') =>
  DEV_TYPES.reduce((sum, type) => sum + metrics[type][key], 0) / DEV_TYPES.length;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

function printTable(title: string, runs: { name: string; metrics: RunMetrics }[]) {
  const [first, ...others] = runs;
  console.log(`\n${title}`);
  console.log(
    row([
      'type',
      '#demands',
      ...runs.map((r) => `nDCG ${r.name}`),
      ...runs.map((r) => `R@20 ${r.name}`),
      ...others.map((r) => `ΔnDCG ${r.name}`),
    ]),
  );
  const line = (type: string, value: (m: RunMetrics, key: 'ndcg10' | 'recall20') => number, count: string) =>
    console.log(
      row([
        type,
        count,
        ...runs.map((r) => f(value(r.metrics, 'ndcg10'))),
        ...runs.map((r) => f(value(r.metrics, 'recall20'))),
        ...others.map((r) => (value(first!.metrics, 'ndcg10') - value(r.metrics, 'ndcg10')).toFixed(4)),
      ]),
    );
  for (const type of DEV_TYPES) line(type, (m, key) => m[type][key], String(first!.metrics[type].demands));
  line('mean', mean, '');
}

async function main() {
  const set = loadDevSet(dir);
  console.log(`matching-dev: ${dir}`);
  const started = performance.now();
  const offlineRun = rankDevSet(set);
  const offlineMs = performance.now() - started;
  const offline = scoreRun(dir, offlineRun);
  const baseline = scoreRun(dir, runBaseline(dir));
  printTable('offline ranker (scorer over the whole pool) vs keyword baseline', [
    { name: 'offline', metrics: offline },
    { name: 'baseline', metrics: baseline },
  ]);
  console.log(`offline ranker: ${Object.keys(offlineRun).length} demands in ${offlineMs.toFixed(0)} ms`);
  console.log('fit levels (fit-level.ts), calibrated on the labels: least score where most pairs are');
  for (const c of calibrateFit(dir, set))
    console.log(
      `  ${c.type.padEnd(12)} graded 2–3 (高) ${f(c.high)}, graded ≥ 1 (中) ${f(c.medium)}; ` +
        `in use ${c.current.high} / ${c.current.medium}`,
    );
  if (process.env.EVAL_OFFLINE_ONLY === 'true') return;

  const pipeline = await runPipeline(set, log);
  // EVAL_RUN_OUT=path keeps the pipeline's run (the set's run format) for a closer look with score.mjs.
  if (process.env.EVAL_RUN_OUT) writeFileSync(process.env.EVAL_RUN_OUT, JSON.stringify(pipeline.run));
  const product = scoreRun(dir, pipeline.run);
  printTable('product pipeline (API → worker → GET /demands/{id}/matches) vs offline ranker and baseline', [
    { name: 'pipeline', metrics: product },
    { name: 'offline', metrics: offline },
    { name: 'baseline', metrics: baseline },
  ]);
  const worst = scoreRunPerDemand(dir, pipeline.run)
    .sort((a, b) => a.ndcg10 - b.ndcg10 || a.recall20 - b.recall20)
    .slice(0, 10);
  console.log('\npipeline: the ten weakest demand × type (nDCG@10, Recall@20)');
  for (const w of worst)
    console.log(`  ${w.demandId.padEnd(5)} ${w.type.padEnd(12)} ${f(w.ndcg10)}  ${f(w.recall20)}`);
  const first = pipeline.firstMatchSeconds;
  console.log(
    `\npipeline: first match after publishing p50 ${percentile(first, 50).toFixed(2)} s, ` +
      `p95 ${percentile(first, 95).toFixed(2)} s (owner polling every 100 ms, ${first.length} demands)`,
  );
  for (const type of DEV_TYPES) {
    const counts = pipeline.listed[type];
    console.log(
      `pipeline: ${type} matches listed per demand: min ${Math.min(...counts)}, ` +
        `median ${percentile(counts, 50)}, max ${Math.max(...counts)}`,
    );
  }
  const s = pipeline.seconds;
  console.log(
    `pipeline: ${s.total.toFixed(0)} s in all (catalogue loaded and indexed ${s.load.toFixed(0)} s, ` +
      `demands published and matched ${s.match.toFixed(0)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
