import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calibrateFit,
  DEV_TYPES,
  halfMetrics,
  HALVES_SEED,
  loadDevSet,
  rankDevSet,
  runBaseline,
  scoreRun,
  scoreRunPerDemand,
  splitHalves,
  type DevSet,
  type Run,
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

const row = (cells: string[], first = 12) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(first) : cell.padStart(10))).join(' ');
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

/**
 * The same runs on the two fixed halves of the demands (halves.ts) and on the whole set: a change is
 * tuned on half A and kept only if half B, which it was not tuned on, moves the same way.
 */
function printHalves(set: DevSet, runs: { name: string; run: Run }[]) {
  const halves = splitHalves(set.demands.map((d) => d.id));
  console.log(`\nhalves (seed '${HALVES_SEED}'): A ${halves.A.join(' ')} | B ${halves.B.join(' ')}`);
  console.log(row(['type', ...runs.flatMap((r) => ['A', 'B', 'all'].map((h) => `${r.name} ${h}`))], 18));
  const scored = runs.map(({ run }) => {
    const perDemand = scoreRunPerDemand(dir, run);
    return [halfMetrics(perDemand, halves.A), halfMetrics(perDemand, halves.B), scoreRun(dir, run)];
  });
  for (const key of ['ndcg10', 'recall20'] as const) {
    for (const type of DEV_TYPES)
      console.log(
        row(
          [`${type} ${key === 'ndcg10' ? 'nDCG' : 'R@20'}`, ...scored.flat().map((m) => f(m[type][key]))],
          18,
        ),
      );
    console.log(
      row([`mean ${key === 'ndcg10' ? 'nDCG' : 'R@20'}`, ...scored.flat().map((m) => f(mean(m, key)))], 18),
    );
  }
}

async function main() {
  const set = loadDevSet(dir);
  console.log(`matching-dev: ${dir}`);
  const started = performance.now();
  const offlineRun = rankDevSet(set);
  const offlineMs = performance.now() - started;
  const offline = scoreRun(dir, offlineRun);
  const baselineRun = runBaseline(dir);
  const baseline = scoreRun(dir, baselineRun);
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
  if (process.env.EVAL_OFFLINE_ONLY === 'true') {
    printHalves(set, [
      { name: 'offline', run: offlineRun },
      { name: 'baseline', run: baselineRun },
    ]);
    return;
  }

  const pipeline = await runPipeline(set, log);
  // EVAL_RUN_OUT=path keeps the pipeline's run (the set's run format) for a closer look with score.mjs.
  if (process.env.EVAL_RUN_OUT) writeFileSync(process.env.EVAL_RUN_OUT, JSON.stringify(pipeline.run));
  const product = scoreRun(dir, pipeline.run);
  printTable('product pipeline (API → worker → GET /demands/{id}/matches) vs offline ranker and baseline', [
    { name: 'pipeline', metrics: product },
    { name: 'offline', metrics: offline },
    { name: 'baseline', metrics: baseline },
  ]);
  printHalves(set, [
    { name: 'pipeline', run: pipeline.run },
    { name: 'offline', run: offlineRun },
    { name: 'baseline', run: baselineRun },
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
