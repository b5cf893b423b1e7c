import { describe, expect, it } from '@jest/globals';
import { contexts } from '#contexts';
import type { BoundedContext } from '#core';
import { EventType, Handles, JobName, QueueName } from '#queue';
import { assertEveryJobHandled, assertRoutesOwned, jobsRun } from './handler-coverage.js';
import { sharedQueueHosts } from './shared-queues.js';

const every = Object.values(JobName);

describe('the start-up check of job handlers', () => {
  it('accepts every job handled exactly once', () => {
    expect(() => assertEveryJobHandled(every)).not.toThrow();
  });

  it('refuses a job nobody handles', () => {
    expect(() => assertEveryJobHandled(every.slice(1))).toThrow(`No processor handles: ${every[0]}`);
  });

  it('refuses a job two processors handle', () => {
    expect(() => assertEveryJobHandled([...every, every[0]!])).toThrow(
      `More than one processor handles: ${every[0]}`,
    );
  });

  it('refuses a handler for a job that does not exist', () => {
    expect(() => assertEveryJobHandled([...every, 'no-such-job'])).toThrow('do not exist: no-such-job');
  });

  it('passes for the contexts as listed: each job runs in exactly one place', () => {
    const processors = contexts.flatMap((context) => context.processors ?? []);
    const handlers = contexts.flatMap((context) => context.jobHandlers ?? []);
    expect(() => assertEveryJobHandled(jobsRun(processors, sharedQueueHosts, handlers))).not.toThrow();
  });
});

class DigestOnly {
  @Handles(JobName.SendDigest)
  async send(): Promise<void> {}
}

describe('shared-queue handlers', () => {
  it('count only on a queue a host runs, so an unhosted one leaves its job unhandled', () => {
    expect(jobsRun([], [{ queueName: QueueName.Notifications }], [DigestOnly])).toEqual([JobName.SendDigest]);
    expect(jobsRun([], [{ queueName: QueueName.Email }], [DigestOnly])).toEqual([]);
  });
});

describe('the check of the contexts’ routes', () => {
  it('accepts the contexts as listed', () => {
    expect(() => assertRoutesOwned(contexts)).not.toThrow();
  });

  it('refuses a context routing an event to a job another context handles', () => {
    const borrowing: BoundedContext = {
      name: 'borrowing',
      module: class {},
      entities: [],
      jobHandlers: [DigestOnly],
      routes: { [EventType.DealChanged]: [JobName.NotifyDeal] },
    };
    expect(() => assertRoutesOwned([borrowing])).toThrow(
      `Contexts route events to jobs they do not handle: borrowing routes ${EventType.DealChanged} to ${JobName.NotifyDeal}`,
    );
  });
});
