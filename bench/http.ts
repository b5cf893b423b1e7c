import autocannon from 'autocannon';
import { fastify } from 'fastify';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { loadAppConfig } from '#contexts';
import { prepareDatabase } from '../apps/api/src/cli/prepare-database.js';
import { createApp } from '../apps/api/src/create-app.js';
import { positiveInt, progress, useBenchDatabase } from './load.js';

/**
 * `npm run bench:http`: HTTP throughput of the Duijie api against a bare Fastify server measured in the
 * same run on the same machine, so the printed ratios mean something on any hardware while the absolute
 * figures do not. docs/BENCHMARKS.md records the results and how to read them.
 */

const DURATION = positiveInt('BENCH_DURATION', 10);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 50);
const WARMUP_SECONDS = 2;

/** Minimum Nest/bare ratio per api route: the framework and auth overhead we accept. */
const TARGETS = { '/health/live': 0.8, '/api/v1/me': 0.3 } as const;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}

/**
 * A warm-up run (JIT, connection pools, caches), then the measured run. The load generator runs in a
 * worker thread: on the main thread it would share the event loop with the server it measures.
 */
async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  const options = { url, headers, connections: CONNECTIONS, workers: 1 };
  progress(`${name}: warming up ${WARMUP_SECONDS} s, then ${DURATION} s at ${CONNECTIONS} connections`);
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...options, duration: DURATION });
  // Errors and error responses are cheaper than real answers: a run with any of them flatters the server.
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${name}: ${result.errors} connection errors and ${result.non2xx} non-2xx responses`);
  }
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The baseline: what Node and Fastify alone can do on this machine. */
async function benchBareFastify(): Promise<Row> {
  const server = fastify({ logger: false });
  server.get('/', () => ({ hello: 'world' }));
  await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = server.server.address() as AddressInfo;
    return await measure('bare Fastify GET /', `http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }
}

/**
 * The real api as `node dist/apps/api/src/main.js` builds it (same module, guards, pipes, logging and
 * metrics hooks), on its own database so a benchmark never writes into development data.
 */
async function benchDuijie(): Promise<{ health: Row; me: Row }> {
  useBenchDatabase('duijie_bench', 'duijie-bench');
  // The longest allowed token life, so a long BENCH_DURATION does not turn /me into a run of 401s.
  process.env.ACCESS_TOKEN_TTL_SECONDS = '3600';
  const config = loadAppConfig();
  await prepareDatabase(config, { seed: false }, progress);

  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const token = await signIn(base);
    const health = await measure('Duijie GET /health/live', `${base}/health/live`);
    const me = await measure('Duijie GET /api/v1/me', `${base}/api/v1/me`, {
      authorization: `Bearer ${token}`,
    });
    return { health, me };
  } finally {
    // autocannon drops its sockets when its time is up without waiting for the last responses; let those
    // handlers finish, or closing the app cuts their queries short and floods the output with errors.
    await setTimeout(1_000);
    await app.close();
  }
}

/** A fresh user per run (the bench database is kept between runs), signed in through the public api. */
async function signIn(base: string): Promise<string> {
  const credentials = { email: `bench-${Date.now()}@example.com`, password: 'Bench-Password-2026' };
  await post(`${base}/api/v1/auth/register`, { ...credentials, name: '压测用户', consentVersion: '2026-12' });
  const { accessToken } = (await post(`${base}/api/v1/auth/login`, credentials)) as { accessToken: string };
  return accessToken;
}

async function post(url: string, body: object): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function report(bare: Row, health: Row, me: Row) {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GB`;
  const machine = [
    cpus[0]?.model ?? 'unknown CPU',
    `${cpus.length} cores`,
    memory,
    `${os.platform()} ${os.release()}`,
  ];
  console.log(`date     ${new Date().toISOString()}`);
  console.log(`machine  ${machine.join(', ')}`);
  console.log(`node     ${process.version}`);
  console.log(
    `load     ${CONNECTIONS} connections, ${DURATION} s per route after a ${WARMUP_SECONDS} s warm-up`,
  );
  console.log();
  console.log(`${'route'.padEnd(28)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`);
  for (const row of [bare, health, me]) {
    console.log(
      `${row.name.padEnd(28)}${row.rps.toFixed(0).padStart(10)}${String(row.p50).padStart(9)}${String(row.p99).padStart(9)}`,
    );
  }
  console.log();
  for (const [route, row] of [
    ['/health/live', health],
    ['/api/v1/me', me],
  ] as const) {
    const ratio = row.rps / bare.rps;
    const verdict = ratio >= TARGETS[route] ? 'meets' : 'BELOW';
    console.log(`Nest/bare ${route.padEnd(14)}${ratio.toFixed(2)}  (${verdict} target ≥ ${TARGETS[route]})`);
  }
}

const bare = await benchBareFastify();
const { health, me } = await benchDuijie();
report(bare, health, me);
