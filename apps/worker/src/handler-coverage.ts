import type { Type } from '@nestjs/common';
import type { BoundedContext, JobProcessorClass } from '#core';
import { handledJobs, JOB_QUEUE, JobName, type QueueName } from '#queue';

/**
 * Start-up refuses to run when a job name has no processor (such jobs would wait in Redis forever), when
 * two processors claim one (which of them runs it would depend on which queue it lands in) or when a
 * processor claims a name no job has (a typo that leaves the real job unhandled).
 */
export function assertEveryJobHandled(handled: readonly string[]): void {
  const known: readonly string[] = Object.values(JobName);
  const missing = known.filter((name) => !handled.includes(name));
  const twice = [...new Set(handled.filter((name, index) => handled.indexOf(name) !== index))];
  const unknown = handled.filter((name) => !known.includes(name));
  const problems = [
    missing.length > 0 ? `No processor handles: ${missing.join(', ')}` : '',
    twice.length > 0 ? `More than one processor handles: ${twice.join(', ')}` : '',
    unknown.length > 0 ? `Processors handle jobs that do not exist: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('; '));
}

/**
 * The job names that will run: each processor's own, and each shared-queue handler's whose queue has a
 * host. A handler of a job on a queue no host runs counts for nothing, so the check above reports the
 * job as unhandled; a name that is not a job stays in, to be reported as unknown.
 */
export function jobsRun(
  processors: readonly JobProcessorClass[],
  hosts: readonly { readonly queueName: QueueName }[],
  handlerClasses: readonly Type<object>[],
): string[] {
  const hosted = new Set<string>(hosts.map((host) => host.queueName));
  return [
    ...processors.flatMap((processor) => processor.handles),
    ...handlerClasses
      .flatMap((handlerClass) => handledJobs(handlerClass))
      .filter((job) => !(job in JOB_QUEUE) || hosted.has(JOB_QUEUE[job])),
  ];
}

/** A context routes events only to jobs it handles itself, so its routes and handlers move together. */
export function assertRoutesOwned(contexts: readonly BoundedContext[]): void {
  const problems = contexts.flatMap((context) => {
    const own: string[] = [
      ...(context.processors ?? []).flatMap((processor) => processor.handles),
      ...(context.jobHandlers ?? []).flatMap((handlerClass) => handledJobs(handlerClass)),
    ];
    return Object.entries(context.routes ?? {}).flatMap(([event, jobs = []]) =>
      jobs.filter((job) => !own.includes(job)).map((job) => `${context.name} routes ${event} to ${job}`),
    );
  });
  if (problems.length > 0) {
    throw new Error(`Contexts route events to jobs they do not handle: ${problems.join(', ')}`);
  }
}
