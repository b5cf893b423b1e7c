import type { DefaultJobOptions } from 'bullmq';
import type { JobName } from './queue-names.js';

/** Retry and retention for every job, in one place. A final failure stays in Redis for inspection. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** The BullMQ job id of one job started by one outbox row: the same row can never start it twice. */
// BullMQ refuses ":" in custom ids (it separates its own key parts).
export const outboxJobId = (job: JobName, outboxId: string) => `${job}.outbox-${outboxId}`;
