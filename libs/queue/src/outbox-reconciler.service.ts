import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { outboxJobId } from './job-options.js';
import { JOB_QUEUE, JobName } from './queue-names.js';

const BATCH = 500;

interface UnfinishedRow {
  id: string;
  payload: Record<string, string>;
  pending_jobs: string[];
}

export interface ReconcileReport {
  /** Jobs looked up in Redis. */
  checked: number;
  /** Jobs Redis no longer had, enqueued again under their own id. */
  requeued: number;
  /** Jobs Redis says are done whose completion PostgreSQL had not heard of. */
  finished: number;
}

const isJobName = (value: string): value is JobName => Object.values<string>(JobName).includes(value);

/**
 * Brings back work Redis lost (a FLUSHALL, a restart without persistence, a failover to a stale replica).
 * PostgreSQL remembers, per outbox row, the jobs it started that have not finished (`pending_jobs`, set
 * by the relay and emptied by JobCompletions). A job still pending after RECOVERY_GRACE_SECONDS is looked
 * up in its queue: gone means lost, so it is enqueued again with its deterministic id; completed or
 * failed for good means PostgreSQL missed the news (a crash right after the job), so it is marked done.
 * A job that is waiting, delayed or active is left alone. Replaying is harmless because every job is
 * idempotent (unique rows, claimed deliveries), and cheap because only unfinished rows are read.
 */
@Injectable()
export class OutboxReconciler {
  private readonly logger = new Logger(OutboxReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  /**
   * Marks one job of one outbox row finished: completed, or failed for good (it will not run again).
   * A fast job can finish before the relay's transaction that started it commits `pending_jobs`. The row
   * is therefore picked by id alone: the update waits for the relay's lock and then removes the job from
   * the committed list. A condition on `pending_jobs` would be checked against the old, empty list, skip
   * the row without waiting, and leave the job pending until the reconciler's grace period ends.
   */
  async finished(outboxId: string, job: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_events SET pending_jobs = array_remove(pending_jobs, $2) WHERE id = $1`,
      [outboxId, job],
    );
  }

  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, requeued: 0, finished: 0 };
    let after = '0';
    for (;;) {
      const rows: UnfinishedRow[] = await this.dataSource.query(
        `SELECT id::text AS id, payload, pending_jobs FROM outbox_events
          WHERE pending_jobs <> '{}' AND dispatched_at < now() - make_interval(secs => $1) AND id > $2
          ORDER BY id LIMIT ${BATCH}`,
        [this.config.RECOVERY_GRACE_SECONDS, after],
      );
      await Promise.all(
        rows.flatMap((row) => row.pending_jobs.map((job) => this.reconcileJob(row, job, report))),
      );
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
    if (report.requeued > 0) this.logger.warn(`Re-enqueued ${report.requeued} job(s) that Redis had lost`);
    return report;
  }

  private async reconcileJob(row: UnfinishedRow, job: string, report: ReconcileReport): Promise<void> {
    if (!isJobName(job)) {
      // A job name no release handles any more can never finish: stop looking for it.
      this.logger.error(`Outbox event ${row.id} waits for unknown job ${job}; dropped`);
      await this.finished(row.id, job);
      return;
    }
    report.checked += 1;
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job]), { strict: false });
    const jobId = outboxJobId(job, row.id);
    const state = await queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      await this.finished(row.id, job);
      report.finished += 1;
    } else if (state === 'unknown') {
      await queue.add(job, { ...row.payload, outboxId: row.id }, { jobId });
      report.requeued += 1;
    }
  }
}
