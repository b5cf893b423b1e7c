import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_TYPES, type DevType } from './dev-set.js';
import type { Run } from './evaluate.js';

export interface TypeMetrics {
  readonly demands: number;
  readonly ndcg10: number;
  readonly recall20: number;
}
export type RunMetrics = Record<DevType, TypeMetrics>;

/**
 * Runs the set's own baseline.mjs in a child process and returns its run, so the comparison is always
 * against the baseline as the set defines it, computed in the same run.
 */
export function runBaseline(dir: string): Run {
  const output = execFileSync(process.execPath, [join(dir, 'baseline.mjs')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Run;
}

/**
 * Scores a run with the set's own score.mjs (child process), so nDCG@10 and Recall@20 mean exactly what
 * the set's authors defined, and parses its table.
 */
export function scoreRun(dir: string, run: Run): RunMetrics {
  const work = mkdtempSync(join(tmpdir(), 'duijie-eval-'));
  try {
    const file = join(work, 'run.json');
    writeFileSync(file, JSON.stringify(run));
    const output = execFileSync(process.execPath, [join(dir, 'score.mjs'), file], { encoding: 'utf8' });
    return parseScoreTable(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One demand's figures for one candidate type, as score.mjs --per-demand prints them. */
export interface DemandMetrics {
  readonly demandId: string;
  readonly type: DevType;
  readonly ndcg10: number;
  readonly recall20: number;
}

/** Scores a run per demand and type (score.mjs --per-demand), for the worst-ten list. */
export function scoreRunPerDemand(dir: string, run: Run): DemandMetrics[] {
  const work = mkdtempSync(join(tmpdir(), 'duijie-eval-'));
  try {
    const file = join(work, 'run.json');
    writeFileSync(file, JSON.stringify(run));
    const output = execFileSync(process.execPath, [join(dir, 'score.mjs'), file, '--per-demand'], {
      encoding: 'utf8',
    });
    return parsePerDemand(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads score.mjs's per-demand lines: `D03<TAB>expert<TAB>nDCG@10=0.812<TAB>R@20=0.667`. */
export function parsePerDemand(output: string): DemandMetrics[] {
  const rows: DemandMetrics[] = [];
  for (const line of output.split('\n')) {
    const match = /^(\S+)\t(\S+)\tnDCG@10=([\d.]+)\tR@20=([\d.]+)$/.exec(line.trim());
    if (match && (DEV_TYPES as readonly string[]).includes(match[2]!)) {
      rows.push({
        demandId: match[1]!,
        type: match[2] as DevType,
        ndcg10: Number(match[3]),
        recall20: Number(match[4]),
      });
    }
  }
  return rows;
}

/** Reads score.mjs's table: `type  #dem  nDCG@10  Recall@20`, one line per candidate type. */
export function parseScoreTable(output: string): RunMetrics {
  const metrics: Partial<RunMetrics> = {};
  for (const line of output.split('\n')) {
    const [type, demands, ndcg, recall] = line.trim().split(/\s+/);
    if (type && (DEV_TYPES as readonly string[]).includes(type)) {
      metrics[type as DevType] = { demands: Number(demands), ndcg10: Number(ndcg), recall20: Number(recall) };
    }
  }
  for (const type of DEV_TYPES) {
    if (!metrics[type]) throw new Error(`score.mjs printed no line for ${type}:\n${output}`);
  }
  return metrics as RunMetrics;
}
