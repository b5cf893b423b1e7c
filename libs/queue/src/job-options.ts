import type { DefaultJobOptions } from 'bullmq';

/** Retry and retention for every job, in one place. A final failure stays in Redis for inspection. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** The BullMQ job id of an outbox row: the same row can never become two jobs. */
export const outboxJobId = (outboxId: string) => `outbox-${outboxId}`;
