import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_TYPES, loadDevSet, rankDevSet, runBaseline, scoreRun, type RunMetrics } from '#matching';

/**
 * `npm run eval:matching`: ranks the labelled development set (MATCHING_DEV_DIR, by default the shared
 * ../shared/data/matching-dev next to the repository) with the engine, runs the set's keyword-overlap
 * baseline in the same run, scores both with the set's score.mjs and prints them side by side.
 */
const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const dir = resolve(process.env.MATCHING_DEV_DIR ?? resolve(repoRoot, '../shared/data/matching-dev'));

const started = performance.now();
const engineRun = rankDevSet(loadDevSet(dir));
const engineMs = performance.now() - started;
const engine = scoreRun(dir, engineRun);
const baseline = scoreRun(dir, runBaseline(dir));

const row = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(12) : cell.padStart(10))).join(' ');
const f = (value: number) => value.toFixed(4);
const mean = (metrics: RunMetrics, key: 'ndcg10' | 'recall20') =>
  DEV_TYPES.reduce((sum, type) => sum + metrics[type][key], 0) / DEV_TYPES.length;

console.log(`matching-dev: ${dir}`);
console.log(row(['type', '#demands', 'nDCG@10', 'baseline', 'Δ', 'R@20', 'baseline', 'Δ']));
for (const type of DEV_TYPES) {
  const e = engine[type];
  const b = baseline[type];
  console.log(
    row([
      type,
      String(e.demands),
      f(e.ndcg10),
      f(b.ndcg10),
      (e.ndcg10 - b.ndcg10).toFixed(4),
      f(e.recall20),
      f(b.recall20),
      (e.recall20 - b.recall20).toFixed(4),
    ]),
  );
}
const [en, bn, er, br] = [
  mean(engine, 'ndcg10'),
  mean(baseline, 'ndcg10'),
  mean(engine, 'recall20'),
  mean(baseline, 'recall20'),
];
console.log(row(['mean', '', f(en), f(bn), (en - bn).toFixed(4), f(er), f(br), (er - br).toFixed(4)]));
console.log(`engine ranked ${Object.keys(engineRun).length} demands in ${engineMs.toFixed(0)} ms`);
