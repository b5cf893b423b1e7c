import type { BackoffStrategy, DefaultJobOptions, WorkerOptions } from 'bullmq';
import { JobName, QueueName } from './queue-names.js';

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

/** The BullMQ job id of one user's digest for one day (`YYYY-MM-DD`): a day's digest is queued once. */
export const digestJobId = (userId: string, date: string) => `${JobName.SendDigest}.${userId}.${date}`;

/** The backoff type of jobs that must outlast an outage of what they write to (search sync). */
export const OUTAGE_BACKOFF = 'outage';

/**
 * Doubling from half a second, capped at a minute: quick to catch up after a short hiccup, yet a long
 * outage costs one attempt a minute. Registered on the workers of queues that use OUTAGE_BACKOFF.
 */
export const outageBackoff: BackoffStrategy = (attemptsMade) =>
  Math.min(60_000, 500 * 2 ** Math.max(0, attemptsMade - 1));

/**
 * Per-queue exceptions to DEFAULT_JOB_OPTIONS. A search engine that is down must never lose a change:
 * sync jobs retry for about a day (1 500 attempts at most a minute apart) before counting as failed, and
 * a reindex repairs anything older.
 */
export const QUEUE_JOB_OPTIONS: Partial<Record<QueueName, DefaultJobOptions>> = {
  [QueueName.Search]: { ...DEFAULT_JOB_OPTIONS, attempts: 1_500, backoff: { type: OUTAGE_BACKOFF } },
};

/**
 * Worker timings, shorter than BullMQ's defaults so work comes back quickly: a job whose worker died is
 * retried once its lock lapses (15 s, renewed every 7.5 s while it runs) and the next stall check finds
 * it (every 10 s), not after up to a minute; after a lost Redis connection the worker retries in 2 s,
 * not 15. Every processor runs with these, or with a named exception below.
 * BullMQ fails a job for good the second time its worker dies under it (maxStalledCount 1), and a job
 * failed for good is not replayed: two crashes in a row would lose its notifications. Only a job that
 * keeps killing its workers is given up on.
 */
export const WORKER_OPTIONS = {
  lockDuration: 15_000,
  stalledInterval: 10_000,
  maxStalledCount: 10,
  runRetryDelay: 2_000,
} satisfies Partial<WorkerOptions>;

/**
 * The imports queue's exception: BullMQ's longer lock and stall check (30 s each), since a large
 * spreadsheet parses synchronously and cannot renew its lock meanwhile, and BullMQ's single stall
 * before failing, so a sheet that outlives its lock is not parsed again and again beside itself.
 */
export const IMPORT_WORKER_OPTIONS = {
  ...WORKER_OPTIONS,
  lockDuration: 30_000,
  stalledInterval: 30_000,
  maxStalledCount: 1,
} satisfies Partial<WorkerOptions>;
