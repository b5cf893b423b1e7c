import { describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { Handles, JobName, QueueName, REDIS } from '#queue';
import { JOB_HANDLERS, SharedQueueHost } from './shared-queue-host.js';

@Injectable()
class DigestSender {
  readonly sent: unknown[] = [];

  @Handles(JobName.SendDigest)
  async send(payload: unknown): Promise<string> {
    this.sent.push(payload);
    return 'sent';
  }
}

@Injectable()
class NotificationsHost extends SharedQueueHost(QueueName.Notifications) {}

describe('a shared queue host', () => {
  it('runs a job handed over before the application’s init hooks ran (the worker may start first)', async () => {
    // compile() makes every provider and runs no lifecycle hook: what a host looks like when BullMQ's
    // worker, started in its own module's init, hands it the first waiting job.
    const module = await Test.createTestingModule({
      providers: [
        NotificationsHost,
        DigestSender,
        { provide: JOB_HANDLERS, useValue: [DigestSender] },
        { provide: getQueueToken(QueueName.Notifications), useValue: {} },
        { provide: REDIS, useValue: {} },
      ],
    }).compile();
    const host = module.get(NotificationsHost);
    const job = { name: JobName.SendDigest, data: { userId: 'u1' } } as unknown as Job;
    await expect(host.process(job)).resolves.toBe('sent');
    expect(module.get(DigestSender).sent).toEqual([{ userId: 'u1' }]);
  });

  it('fails a job none of its handlers takes, for good', async () => {
    const module = await Test.createTestingModule({
      providers: [
        NotificationsHost,
        { provide: JOB_HANDLERS, useValue: [] },
        { provide: getQueueToken(QueueName.Notifications), useValue: {} },
        { provide: REDIS, useValue: {} },
      ],
    }).compile();
    const job = { name: JobName.SendDigest, data: {} } as unknown as Job;
    expect(() => module.get(NotificationsHost).process(job)).toThrow('No handler for job send-digest');
  });
});
