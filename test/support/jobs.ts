import { expect } from '@jest/globals';
import type { Queue } from 'bullmq';
import { eventually } from './search.js';

/**
 * Waits for a job to complete, then reads its return value. The job is fetched only after its state says
 * completed: a job object fetched while the job still ran keeps `returnvalue` null even once it completes.
 */
export async function completedJobResult(queue: Queue, jobId: string): Promise<unknown> {
  await eventually(async () => expect(await queue.getJobState(jobId)).toBe('completed'));
  return (await queue.getJob(jobId))!.returnvalue as unknown;
}
