import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { OutboxReconciler } from '#queue';
import { workerHosts } from './worker-hosts.js';

/**
 * Tells PostgreSQL when a job started by an outbox row completes, so the reconciler stops watching it.
 * Writing after BullMQ has moved the job to `completed` means a crash in between only leaves the row
 * pending, and the reconciler then finds the job completed in Redis (or replays a harmless idempotent job).
 * Jobs that fail for good are found by the reconciler, in Redis's failed set.
 */
@Injectable()
export class JobCompletions implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobCompletions.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reconciler: OutboxReconciler,
  ) {}

  onApplicationBootstrap(): void {
    for (const host of workerHosts(this.discovery)) {
      host.worker.on('completed', (job: Job) => this.record(job));
    }
  }

  private record(job: Job): void {
    const { outboxId } = job.data as { outboxId?: string };
    if (!outboxId) return;
    this.reconciler
      .finished(outboxId, job.name)
      .catch((error: unknown) =>
        this.logger.warn(`Completion of job ${job.id} not recorded: ${String(error)}`),
      );
  }
}
