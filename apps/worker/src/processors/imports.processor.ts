import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { ExpertImportService, type ImportRunResult } from '#profiles';
import { JobName, QueueName, type JobPayloads } from '#queue';

/**
 * Bulk imports. One at a time per worker: an import holds a whole sheet in memory and writes it in one
 * transaction, and societies can wait a few seconds more; the service makes a rerun harmless.
 */
@Processor(QueueName.Imports, { concurrency: 1 })
export class ImportsProcessor extends WorkerHost {
  static readonly handles = [JobName.ImportExperts];
  private readonly logger = new Logger(ImportsProcessor.name);

  constructor(private readonly imports: ExpertImportService) {
    super();
  }

  async process(job: Job): Promise<ImportRunResult> {
    if (job.name !== JobName.ImportExperts) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const { importId } = job.data as JobPayloads[JobName.ImportExperts];
    const result = await this.imports.run(importId);
    this.logger.log(`Expert import ${importId}: ${result}`);
    return result;
  }
}
