import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type JobSchedulerTemplateOptions, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, type JobName, type JobPayloads } from './queue-names.js';

/** A handler method: the job's payload, typed by its name, and the job itself for the few that need it. */
type JobHandler<N extends JobName> = (
  payload: JobPayloads[N],
  job: Job<JobPayloads[N]>,
  token?: string,
) => Promise<unknown>;

/** Which method of a processor class handles which job name, filled by @Handles. */
const handlerMethods = new WeakMap<object, Map<string, string | symbol>>();

function methodsOf(processor: object): Map<string, string | symbol> {
  let methods = handlerMethods.get(processor);
  if (!methods) handlerMethods.set(processor, (methods = new Map()));
  return methods;
}

/**
 * Marks the method that runs jobs named `name`; the compiler checks the method takes that job's payload
 * (JobPayloads), so no handler casts `job.data`.
 */
export function Handles<N extends JobName>(name: N) {
  return <M extends JobHandler<N>>(
    target: object,
    method: string | symbol,
    _: TypedPropertyDescriptor<M>,
  ) => {
    methodsOf(target.constructor).set(name, method);
  };
}

/** The job names a class's @Handles methods take (a processor's or a shared queue's handler class). */
export function handledJobs(handlerClass: object): readonly JobName[] {
  return [...methodsOf(handlerClass).keys()] as JobName[];
}

/** Whether `handler`'s class has a @Handles method for `name`. */
export function canHandle(handler: object, name: string): boolean {
  return methodsOf(handler.constructor).has(name);
}

/** Runs `job` on `handler`'s @Handles method for its name; a job it has no method for fails at once. */
export function runHandler(handler: object, job: Job, token?: string): Promise<unknown> {
  const method = methodsOf(handler.constructor).get(job.name);
  if (!method) throw new UnrecoverableError(`No handler for job ${job.name}`);
  const run = (handler as Record<string | symbol, JobHandler<JobName>>)[method]!;
  return run.call(handler, job.data as never, job, token);
}

/**
 * The base of every queue processor: it routes a job to its @Handles method and logs a failed attempt
 * (BullMQ retries or fails it; the outbox reconciler and the recovery job bring back what Redis loses).
 * A job with no handler here fails at once: retrying would not give it one.
 */
export abstract class JobProcessor extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  /** The job names this processor handles, for the worker's start-up check. */
  static get handles(): readonly string[] {
    return handledJobs(this);
  }

  process(job: Job, token?: string): Promise<unknown> {
    return runHandler(this, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}

/** A repeatable job (a BullMQ job scheduler) that a handler class of a shared queue asks its host to keep. */
export interface JobSchedule {
  readonly job: JobName;
  readonly repeat: { every: number } | { pattern: string; tz?: string };
  /** The options of each job it starts, where the queue's defaults (retries, retention) do not fit. */
  readonly options?: JobSchedulerTemplateOptions;
}

/**
 * A handler or processor class whose jobs repeat. The processor of their queue (a SchedulingJobProcessor)
 * upserts the schedules at start and on every Redis reconnect (an emptied Redis has lost them), so one
 * schedule stands however many workers start.
 */
export interface SchedulesJobs {
  schedules(): readonly JobSchedule[];
}

export const schedulesJobs = (handler: object): handler is SchedulesJobs =>
  typeof (handler as Partial<SchedulesJobs>).schedules === 'function';

/**
 * The base of a processor whose queue has repeatable jobs: it keeps the schedules of `schedules()` on
 * its queue (one naming a job of another queue is ignored). Upserting the schedulers (rather than adding
 * jobs) keeps one schedule however many workers start; one that repeats `every` so long also runs at
 * once. A Redis that comes back empty (restarted without persistence, flushed) has lost the schedules
 * too, and scheduling only at start-up would leave them lost until a deploy: they are upserted again on
 * every reconnect of the shared client.
 */
export abstract class SchedulingJobProcessor
  extends JobProcessor
  implements SchedulesJobs, OnApplicationBootstrap
{
  constructor(
    protected readonly queue: Queue,
    protected readonly redis: Redis,
  ) {
    super();
  }

  abstract schedules(): readonly JobSchedule[];

  async onApplicationBootstrap(): Promise<void> {
    if (this.schedulesHere().length === 0) return;
    this.redis.on('ready', () => {
      this.schedule().catch((error: unknown) => this.logger.warn(`Re-scheduling failed: ${String(error)}`));
    });
    await this.schedule();
  }

  private schedulesHere(): readonly JobSchedule[] {
    return this.schedules().filter((schedule) => JOB_QUEUE[schedule.job] === this.queue.name);
  }

  private async schedule(): Promise<void> {
    for (const { job, repeat, options } of this.schedulesHere()) {
      await this.queue.upsertJobScheduler(job, repeat, { name: job, opts: options });
    }
  }
}
