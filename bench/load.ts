import autocannon from 'autocannon';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import pg from 'pg';

/**
 * Load generation shared by the benchmarks: the api loaded by autocannon in a worker thread (so the load
 * generator never shares an event loop with the server it measures), and the SQL baseline as async
 * loops on a pg.Pool, both with a discarded warm-up and full latency lists for exact percentiles.
 *
 * This module is also the worker thread's entry (see the end of the file).
 */

export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

export const progress = (line: string) => console.error(`[bench] ${line}`);

/**
 * The 1-minute load average against the core count, for the printed report: figures taken while other
 * work shares the cores are inflated and noisy, and the reader should see that next to them.
 */
export function loadNote(): string {
  const [one] = loadavg();
  const cores = availableParallelism();
  const verdict = one > cores / 2 ? 'SHARED: other work is running, compare ratios only' : 'idle enough';
  return `load average ${one!.toFixed(1)} on ${cores} cores (${verdict})`;
}

/** The catalogue size the recorded figures are for. */
const FULL_CATALOGUE = 100_000;

/**
 * Points this process at a benchmark database and Redis prefix of its own, never the development data.
 * With `postings` other than the full catalogue's, the database is `name_postings`, so that a smaller
 * (smoke) run neither shrinks nor tops up the full-size one. `BENCH_DATABASE` names another database
 * instead: a copy (`createdb -T`) on which two branches can be measured side by side.
 */
export function useBenchDatabase(name: string, redisPrefix: string, postings = FULL_CATALOGUE): void {
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/duijie');
  const ownName = `${name}${postings === FULL_CATALOGUE ? '' : `_${postings}`}`;
  database.pathname = `/${process.env.BENCH_DATABASE ?? ownName}`;
  process.env.DATABASE_URL = database.toString();
  // Request log lines are info: warn keeps the output readable while the logging hooks still run.
  process.env.LOG_LEVEL = 'warn';
  process.env.REDIS_PREFIX = redisPrefix;
}

/** Concurrency and timing of one measurement, the same for the api and its baseline. */
export interface LoadSettings {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of discarded warm-up. */
  warmup: number;
}

/**
 * Sets up a catalogue benchmark: reads its knobs, BENCH_POSTINGS postings of each kind (100 000) measured at
 * BENCH_CONNECTIONS clients (16) for BENCH_DURATION seconds (8) after 2 s of discarded warm-up, and points
 * this process at the benchmark's database for that catalogue size (useBenchDatabase).
 */
export function catalogueBench(name: string, redisPrefix: string): { postings: number; load: LoadSettings } {
  const postings = positiveInt('BENCH_POSTINGS', FULL_CATALOGUE);
  const load: LoadSettings = {
    connections: positiveInt('BENCH_CONNECTIONS', 16),
    duration: positiveInt('BENCH_DURATION', 8),
    warmup: 2,
  };
  useBenchDatabase(name, redisPrefix, postings);
  return { postings, load };
}

/**
 * The benchmark database migrated (unseeded) and a pg.Pool on it for the SQL baseline, a connection for each
 * of its async workers. The server side is imported only here, so the load generator's worker thread,
 * which runs this module, never loads it.
 */
export async function openDatabase(load: LoadSettings) {
  const { loadAppConfig } = await import('#contexts');
  const { SESSION_OPTIONS } = await import('#database');
  const { prepareDatabase } = await import('../apps/api/src/cli/prepare-database.js');
  const config = loadAppConfig();
  await prepareDatabase(config, { seed: false }, progress);
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: load.connections,
    application_name: 'duijie-bench-sql',
    // The api's session settings: without them a capped candidate scan starts elsewhere in the table
    // and the SQL answers other rows than the api it is compared with.
    options: SESSION_OPTIONS,
  });
  return { config, pool };
}

/**
 * What the worker thread is asked to do: hammer `base` + each of `paths` in turn, the n-th request with
 * the n-th of `headers` (when given) in turn too, so requests can come from many signed-in callers.
 */
interface LoadJob extends LoadSettings {
  base: string;
  paths: string[];
  headers?: Record<string, string>[];
}

interface LoadResult {
  rps: number;
  /** Milliseconds, one per 2xx response of the measured run. */
  latencies: number[];
  errors: number;
  non2xx: number;
}

export interface Measured {
  rps: number;
  p50: number;
  p95: number;
}

/**
 * Runs in the worker thread. autocannon runs here without its own `workers` option so that the path can
 * rotate through a closure and every response time is kept in full (autocannon's summary rounds to whole
 * milliseconds and has no p95); being off the main thread, it still never shares an event loop with the
 * server it measures.
 */
async function generateLoad(job: LoadJob): Promise<LoadResult> {
  let next = 0;
  const run = (duration: number, onResponse?: (status: number, ms: number) => void) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: job.base,
          connections: job.connections,
          duration,
          requests: [
            {
              setupRequest: (request) => {
                const n = next++;
                const headers = job.headers?.[n % job.headers.length];
                return {
                  ...request,
                  path: job.paths[n % job.paths.length],
                  ...(headers ? { headers: { ...request.headers, ...headers } } : {}),
                };
              },
            },
          ],
        },
        (error: unknown, result) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
      );
      if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
    });
  await run(job.warmup);
  const latencies: number[] = [];
  const result = await run(job.duration, (status, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  // In a worker thread autocannon leaves its summary unaggregated (histograms encoded for its own worker
  // manager); the counters are plain, and req/s is counted here the way the SQL side counts queries.
  return { rps: latencies.length / job.duration, latencies, errors: result.errors, non2xx: result.non2xx };
}

/** The api under load from a worker thread, warm-up discarded. */
export async function measureApi(
  load: LoadSettings,
  name: string,
  base: string,
  paths: string[],
  headers?: Record<string, string>[],
): Promise<Measured> {
  progress(
    `${name}: api, ${load.warmup} s warm-up then ${load.duration} s at ${load.connections} connections`,
  );
  const job: LoadJob = { ...load, base, paths, headers };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  try {
    const [result] = (await once(worker, 'message')) as [LoadResult];
    // Errors and error responses are cheaper than real answers: a run with any of them flatters the server.
    if (result.errors > 0 || result.non2xx > 0) {
      throw new Error(`${name}: ${result.errors} connection errors and ${result.non2xx} non-2xx responses`);
    }
    return { rps: result.rps, ...percentiles(result.latencies) };
  } finally {
    await worker.terminate();
  }
}

/**
 * The baseline: `connections` async workers on the main thread, each sending one request's SQL and the
 * next as soon as it is answered, for the same warm-up and duration as the api.
 */
export async function measureSql(
  load: LoadSettings,
  name: string,
  label: string,
  request: (i: number) => Promise<unknown>,
): Promise<Measured> {
  progress(
    `${name}: ${label}, ${load.warmup} s warm-up then ${load.duration} s at ${load.connections} workers`,
  );
  let next = 0;
  const drive = async (seconds: number) => {
    const latencies: number[] = [];
    const end = performance.now() + seconds * 1_000;
    const worker = async () => {
      while (performance.now() < end) {
        const start = process.hrtime.bigint();
        await request(next++);
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    };
    await Promise.all(Array.from({ length: load.connections }, worker));
    return latencies;
  };
  await drive(load.warmup);
  const latencies = await drive(load.duration);
  return { rps: latencies.length / load.duration, ...percentiles(latencies) };
}

/** Nearest-rank percentiles. */
export function percentiles(latencies: number[]): { p50: number; p95: number } {
  if (latencies.length === 0) throw new Error('No successful requests were measured');
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

if (!isMainThread && (workerData as LoadJob | undefined)?.paths)
  parentPort!.postMessage(await generateLoad(workerData as LoadJob));
