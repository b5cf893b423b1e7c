import { InjectQueue } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap, type OnModuleInit, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  handledJobs,
  JOB_QUEUE,
  JobProcessor,
  REDIS,
  runHandler,
  schedulesJobs,
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
 * handler, and keeps the schedules of the repeatable ones. The host names no context: a context's jobs on
 * a shared queue are its handler class, listed in its descriptor.
 */
export function SharedQueueHost(queueName: QueueName) {
  abstract class Host extends JobProcessor implements OnModuleInit, OnApplicationBootstrap {
    static readonly queueName: QueueName = queueName;
    readonly handlers = new Map<string, object>();

    constructor(
      @InjectQueue(queueName) readonly queue: Queue,
      @Inject(JOB_HANDLERS) readonly handlerClasses: readonly Type<object>[],
      readonly moduleRef: ModuleRef,
      @Inject(REDIS) readonly redis: Redis,
    ) {
      super();
    }

    onModuleInit(): void {
      for (const [job, handlerClass] of handlersOn(queueName, this.handlerClasses)) {
        this.handlers.set(job, this.moduleRef.get(handlerClass, { strict: false }));
      }
    }

    /**
     * Upserting the schedulers (rather than adding jobs) keeps one schedule however many workers start;
     * one that repeats `every` so long also runs at once, so the reconciler runs on every start. A Redis
     * that comes back empty (restarted without persistence, flushed) has lost the schedules too: they are
     * upserted again on every reconnect.
     */
    async onApplicationBootstrap(): Promise<void> {
      if (this.schedules().length === 0) return;
      this.redis.on('ready', () => {
        this.schedule().catch((error: unknown) => this.logger.warn(`Re-scheduling failed: ${String(error)}`));
      });
      await this.schedule();
    }

    override process(job: Job, token?: string): Promise<unknown> {
      const handler = this.handlers.get(job.name);
      if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
      return runHandler(handler, job, token);
    }

    private schedules() {
      return [...new Set(this.handlers.values())]
        .filter(schedulesJobs)
        .flatMap((handler) => handler.schedules())
        .filter((schedule) => JOB_QUEUE[schedule.job] === queueName);
    }

    private async schedule(): Promise<void> {
      for (const { job, repeat } of this.schedules()) {
        await this.queue.upsertJobScheduler(job, repeat, { name: job });
      }
    }
  }
  return Host;
}
