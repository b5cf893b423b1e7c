import { InjectQueue } from '@nestjs/bullmq';
import { Inject, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  handledJobs,
  JOB_QUEUE,
  REDIS,
  runHandler,
  schedulesJobs,
  SchedulingJobProcessor,
  type JobSchedule,
  type QueueName,
} from '#queue';

/** The Nest token of every context's job handler classes (`BoundedContext.jobHandlers`). */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** The handler classes whose jobs run on `queue`, with those jobs. */
export function handlersOn(queue: QueueName, classes: readonly Type<object>[]): Map<string, Type<object>> {
  const on = new Map<string, Type<object>>();
  for (const handlerClass of classes) {
    for (const job of handledJobs(handlerClass)) if (JOB_QUEUE[job] === queue) on.set(job, handlerClass);
  }
  return on;
}

/**
 * The base of the processor of a queue several contexts share (a queue has one worker, so one
 * processor): it hosts the contexts' handler classes of that queue's jobs, routes each job to its
 * handler, and keeps the schedules of the repeatable ones (the handlers that implement SchedulesJobs).
 * The host names no context: a context's jobs on a shared queue are its handler class, listed in its
 * descriptor.
 */
export function SharedQueueHost(queueName: QueueName) {
  abstract class Host extends SchedulingJobProcessor {
    static readonly queueName: QueueName = queueName;
    private resolved?: Map<string, object>;

    constructor(
      @InjectQueue(queueName) queue: Queue,
      @Inject(JOB_HANDLERS) readonly handlerClasses: readonly Type<object>[],
      readonly moduleRef: ModuleRef,
      @Inject(REDIS) redis: Redis,
    ) {
      super(queue, redis);
    }

    /**
     * The handler instance of each job, looked up on first use. Not in this host's onModuleInit: BullMQ's
     * worker starts in its own module's init, which may run first and hand over a waiting job before the
     * map is filled; that job would fail for good as unhandled, and its notifications would be lost.
     */
    get handlers(): ReadonlyMap<string, object> {
      this.resolved ??= new Map(
        [...handlersOn(queueName, this.handlerClasses)].map(([job, handlerClass]) => [
          job,
          this.moduleRef.get(handlerClass, { strict: false }),
        ]),
      );
      return this.resolved;
    }

    override process(job: Job, token?: string): Promise<unknown> {
      const handler = this.handlers.get(job.name);
      if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
      return runHandler(handler, job, token);
    }

    schedules(): readonly JobSchedule[] {
      return [...new Set(this.handlers.values())]
        .filter(schedulesJobs)
        .flatMap((handler) => handler.schedules());
    }
  }
  return Host;
}
