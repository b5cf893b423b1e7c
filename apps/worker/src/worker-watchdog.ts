import type { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '#core';
import { workerHosts } from './worker-hosts.js';

/** Consecutive failed checks after which a worker is recreated (a Redis restart takes a few seconds). */
export const STRIKES_BEFORE_RECREATE = 3;
const PING_TIMEOUT_MS = 5_000;

/**
 * `broken`: the worker itself is stuck — its loop stopped, or its blocking connection (the one that waits
 * for jobs) is closed for good (ioredis reports `end` once it stops reconnecting); recreating it helps.
 * `unreachable`: Redis does not answer a ping within PING_TIMEOUT_MS; every worker shares that, and
 * recreating them would not bring Redis back.
 */
type WorkerState = 'ok' | 'broken' | 'unreachable';

async function probe(worker: Worker): Promise<WorkerState> {
  if (!worker.isRunning()) return 'broken';
  const backend = worker.getBackend();
  if ((await backend.blockingClient)?.status === 'end') return 'broken';
  // The Redis backend's clients are ioredis ones.
  await ((await backend.client) as unknown as Redis).ping();
  return 'ok';
}

async function stateOf(worker: Worker): Promise<WorkerState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<WorkerState>(
    (resolve) => (timer = setTimeout(() => resolve('unreachable'), PING_TIMEOUT_MS)),
  );
  return Promise.race([probe(worker).catch((): WorkerState => 'unreachable'), timeout]).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * BullMQ workers normally reconnect by themselves after Redis restarts. This is the last resort for
 * one that does not: a worker found broken on STRIKES_BEFORE_RECREATE checks in a row is closed and
 * replaced by a new one with the same processor, options and event listeners. `healthy` (every worker
 * fine at the last check, Redis reachable) feeds the health server's readiness.
 */
@Injectable()
export class WorkerWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerWatchdog.name);
  private readonly strikes = new Map<WorkerHost, number>();
  private readonly states = new Map<WorkerHost, WorkerState>();
  private hosts: WorkerHost[] = [];
  private readonly created: Worker[] = [];
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private stopped = false;
  /** How many workers were recreated since start. */
  recreated = 0;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.hosts = workerHosts(this.discovery);
    this.timer = setInterval(() => void this.check(), this.config.WATCHDOG_INTERVAL_SECONDS * 1_000);
  }

  /** Closes the workers this watchdog created (Nest closes the ones it made itself). */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.created.map((worker) => worker.close()));
  }

  /** True when every worker was fine at its last check. */
  get healthy(): boolean {
    return [...this.states.values()].every((state) => state === 'ok');
  }

  /** One round of checks; runs on a timer, and tests call it directly. */
  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    for (const host of this.hosts) {
      if (this.stopped) return;
      const state = await stateOf(host.worker);
      this.states.set(host, state);
      const strikes = state === 'broken' ? (this.strikes.get(host) ?? 0) + 1 : 0;
      this.strikes.set(host, strikes);
      if (strikes >= STRIKES_BEFORE_RECREATE) {
        this.recreate(host);
        this.strikes.set(host, 0);
      }
    }
  }

  private recreate(host: WorkerHost): void {
    const stale = host.worker;
    this.logger.warn(`Worker for queue ${stale.name} is not running or not answering: recreating it`);
    const fresh = new Worker(stale.name, (job, token) => host.process(job, token), stale.opts);
    for (const event of stale.eventNames()) {
      for (const listener of stale.rawListeners(event)) fresh.on(event as 'error', listener as () => void);
    }
    // WorkerHost keeps its worker in a private field that Nest's explorer sets the same way.
    (host as unknown as { _worker: Worker })._worker = fresh;
    const index = this.created.indexOf(stale);
    if (index >= 0) this.created.splice(index, 1);
    this.created.push(fresh);
    this.recreated += 1;
    // Its jobs in flight, if any, return to the queue as stalled; never let a dead connection hang us.
    void stale.close(true).catch(() => undefined);
  }
}
