import { describe, expect, it } from '@jest/globals';
import { UnrecoverableError, type Job } from 'bullmq';
import { Handles, JobProcessor } from './job-processor.js';
import { JobName, type JobPayloads } from './queue-names.js';

class Imports extends JobProcessor {
  readonly seen: string[] = [];

  @Handles(JobName.ImportExperts)
  async importExperts({ importId }: JobPayloads[JobName.ImportExperts], job: Job): Promise<string> {
    this.seen.push(`${job.id}:${importId}`);
    return 'done';
  }
}

class Deliveries extends JobProcessor {
  @Handles(JobName.DeliverWebhook)
  async deliver(): Promise<string> {
    return 'sent';
  }
}

const job = (name: string, data: object) => ({ id: '7', name, data }) as unknown as Job;

describe('typed job handlers', () => {
  it('lists each processor’s own job names for the start-up check', () => {
    expect(Imports.handles).toEqual([JobName.ImportExperts]);
    expect(Deliveries.handles).toEqual([JobName.DeliverWebhook]);
  });

  it('runs the handler of the job’s name with its payload and the job', async () => {
    const imports = new Imports();
    await expect(imports.process(job(JobName.ImportExperts, { importId: 'i-1' }))).resolves.toBe('done');
    expect(imports.seen).toEqual(['7:i-1']);
  });

  it('fails a job it has no handler for without retrying it', () => {
    expect(() => new Imports().process(job(JobName.DeliverWebhook, { deliveryId: 'd' }))).toThrow(
      UnrecoverableError,
    );
  });
});
