import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { loadAppConfig } from '#contexts';
import { prepareDatabase } from '../apps/api/src/cli/prepare-database.js';
import { createApp } from '../apps/api/src/create-app.js';
import { bodyLimits } from '../apps/api/src/http/body-limits.js';
import { positiveInt, progress, useBenchDatabase } from './load.js';

/**
 * `npm run bench:body-flood` (issue 14, item 7): does parsing request bodies starve the event loop? The
 * real api (createApp, as main.js builds it) is probed on `GET /health/live` while eight connections at
 * once keep sending hostile JSON bodies without signing in: 1 MB ones to the sign-in (refused at the size
 * limit while they stream in, before any parsing), the costliest bodies the sign-in's small limits let
 * through (just under 32 KB, 190 unknown members), and the costliest a long-text route lets through (a
 * demand just under BODY_LIMIT_KB with 990 members: parsed, then refused by the sign-in check). The idle probe, measured in the
 * same run, is the baseline. Clients run in a worker thread so they never share the server's event loop.
 * docs/BENCHMARKS.md records the results.
 */
const SECONDS = positiveInt('BENCH_DURATION', 5);
const FLOODERS = 8;

interface Outcome {
  probes: number;
  p50: number;
  p99: number;
  max: number;
  bodies: number;
  statuses: Record<string, number>;
}

/** The client, as CommonJS source for a worker thread: eight flooders and one probe, for `seconds`. */
const CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const { port, path, body, seconds, flooders } = workerData;
const until = Date.now() + seconds * 1000;
const statuses = {};
let bodies = 0;
const send = (method, path, payload) => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port, method, path,
    headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
    (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
  req.on('error', () => resolve('error'));
  req.end(payload);
});
async function flood() {
  while (Date.now() < until) {
    const status = await send('POST', path, body);
    statuses[status] = (statuses[status] ?? 0) + 1;
    bodies += 1;
  }
}
async function probe() {
  const times = [];
  while (Date.now() < until) {
    const start = performance.now();
    await send('GET', '/health/live');
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times.sort((a, b) => a - b);
}
(async () => {
  const [times] = await Promise.all([probe(), ...Array.from({ length: body ? flooders : 0 }, flood)]);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  parentPort.postMessage({ probes: times.length, p50: at(0.5), p99: at(0.99), max: times.at(-1), bodies, statuses });
})();
`;

function run(port: number, path: string, body: string | null): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: { port, path, body, seconds: SECONDS, flooders: FLOODERS },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** The costliest body a route's limits let through: unknown members up to its value limit, padded to just under its size limit. */
function costliestBody({ bytes, values }: { bytes: number; values: number }): string {
  const members = Object.fromEntries(Array.from({ length: values - 10 }, (_, i) => [`k${i}`, i]));
  const shell = JSON.stringify({
    email: 'a@example.com',
    password: 'long enough password',
    ...members,
    pad: '',
  });
  return shell.replace('"pad":""', `"pad":"${'x'.repeat(bytes - shell.length - 100)}"`);
}

async function main(): Promise<void> {
  useBenchDatabase('duijie_bench', 'duijie-bench');
  const config = loadAppConfig();
  await prepareDatabase(config, { seed: false }, progress);
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const limits = bodyLimits(config);
  const kb = (bytes: number) => `${bytes / 1024} KB`;
  const signIn = '/api/v1/auth/login';
  const scenarios = [
    ['idle (baseline)', signIn, null],
    [
      `${FLOODERS} × 1 MB bodies`,
      signIn,
      JSON.stringify({ email: 'a@example.com', pad: 'x'.repeat(1024 * 1024) }),
    ],
    [
      `${FLOODERS} × ${kb(limits.small.bytes)}, ${limits.small.values - 10} members`,
      signIn,
      costliestBody(limits.small),
    ],
    [
      `${FLOODERS} × ${kb(limits['long-text'].bytes)} demands, ${limits['long-text'].values - 10} members`,
      '/api/v1/demands',
      costliestBody(limits['long-text']),
    ],
  ] as const;
  const rows: string[] = [];
  try {
    for (const [name, path, body] of scenarios) {
      progress(`${name}: ${SECONDS} s`);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const outcome = await run(port, path, body);
      delay.disable();
      const ms = (n: number) => n.toFixed(0).padStart(8);
      rows.push(
        `${name.padEnd(36)}${ms(outcome.p50)}${ms(outcome.p99)}${ms(outcome.max)}${ms(delay.max / 1e6)}` +
          `${String(outcome.bodies).padStart(8)}  ${JSON.stringify(outcome.statuses)}`,
      );
    }
  } finally {
    await app.close();
  }
  const cpus = os.cpus();
  console.log(`date     ${new Date().toISOString()}`);
  console.log(
    `machine  ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`node     ${process.version}; ${SECONDS} s per scenario; /health/live probed every 20 ms`);
  console.log();
  console.log(
    `${'scenario'.padEnd(36)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}` +
      `${'loop ms'.padStart(8)}${'bodies'.padStart(8)}  answers`,
  );
  for (const row of rows) console.log(row);
}

await main();
