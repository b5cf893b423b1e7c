import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { workerHosts } from './worker-hosts.js';

/**
 * A worker's own errors (Redis unreachable, a finished job whose keys Redis lost) as one log line each.
 * Without a listener BullMQ prints every such event with its whole stack; what repairs them is the
 * watchdog (a worker that does not reconnect) and the reconciler (work Redis lost), not this.
 */
@Injectable()
export class WorkerErrors implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerErrors.name);

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const host of workerHosts(this.discovery)) {
      // The watchdog copies listeners onto a worker it recreates, so this one follows.
      const queue = host.worker.name;
      host.worker.on('error', (error: Error) =>
        this.logger.warn(`Worker for queue ${queue}: ${error.message}`),
      );
    }
  }
}
