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
 * Running, its connection answers a ping, and its blocking connection (the one that waits for jobs) is
 * not closed for good: ioredis reports `end` once it has stopped trying to reconnect.
 */
async function isWorking(worker: Worker): Promise<boolean> {
  if (!worker.isRunning()) return false;
  const backend = worker.getBackend();
  const blocking = await backend.blockingClient;
  if (blocking?.status === 'end') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)),
  );
  // The Redis backend's clients are ioredis ones.
  const ping = backend.client.then((client) => (client as unknown as Redis).ping()).then(() => true);
  return Promise.race([ping.catch(() => false), timeout]).finally(() => clearTimeout(timer));
}

/**
 * BullMQ workers normally reconnect by themselves after Redis restarts. This is the last resort for
 * one that does not: a worker that has stopped running, or whose connection does not answer, on
 * STRIKES_BEFORE_RECREATE checks in a row is closed and replaced by a new one with the same processor,
 * options and event listeners. `healthy` feeds the health server's readiness.
 */
@Injectable()
export class WorkerWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerWatchdog.name);
  private readonly strikes = new Map<WorkerHost, number>();
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

  /** True when no worker failed its last check. */
  get healthy(): boolean {
    return [...this.strikes.values()].every((count) => count === 0);
  }

  /** One round of checks; runs on a timer, and tests call it directly. */
  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    for (const host of this.hosts) {
      if (this.stopped) return;
      const fine = await isWorking(host.worker);
      const strikes = fine ? 0 : (this.strikes.get(host) ?? 0) + 1;
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
    this.created.push(fresh);
    this.recreated += 1;
    // Its jobs in flight, if any, return to the queue as stalled; never let a dead connection hang us.
    void stale.close(true).catch(() => undefined);
  }
}
