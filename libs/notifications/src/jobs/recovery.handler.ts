import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import {
  Handles,
  JobName,
  OutboxReconciler,
  type JobSchedule,
  type ReconcileReport,
  type SchedulesJobs,
} from '#queue';
import { DeliveryRecovery, type DeliveryRecoveryReport } from '../delivery-recovery.js';

export type RecoveryReport = ReconcileReport & DeliveryRecoveryReport;

/**
 * Brings back what Redis lost, every RECONCILE_INTERVAL_SECONDS and at once on every start: outbox jobs
 * (the queue lib's reconciler, which the worker provides), then the deliveries left open past the grace
 * period. Here because the second half is notifications' and the queue lib may not depend on it.
 */
@Injectable()
export class RecoveryHandler implements SchedulesJobs {
  constructor(
    private readonly reconciler: OutboxReconciler,
    private readonly recovery: DeliveryRecovery,
    private readonly config: AppConfig,
  ) {}

  schedules(): readonly JobSchedule[] {
    return [
      { job: JobName.ReconcileOutbox, repeat: { every: this.config.RECONCILE_INTERVAL_SECONDS * 1_000 } },
    ];
  }

  @Handles(JobName.ReconcileOutbox)
  async reconcile(): Promise<RecoveryReport> {
    const report = await this.reconciler.reconcile();
    return { ...report, ...(await this.recovery.recover(this.config.RECOVERY_GRACE_SECONDS)) };
  }
}
