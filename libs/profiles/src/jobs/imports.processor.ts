import { Processor } from '@nestjs/bullmq';
import { Handles, IMPORT_WORKER_OPTIONS, JobName, JobProcessor, QueueName, type JobPayloads } from '#queue';
import { ExpertImportService, type ImportRunResult } from '../imports/expert-import.service.js';

/**
 * Bulk imports. One at a time per worker: an import holds a whole sheet in memory and writes it in one
 * transaction, and societies can wait a few seconds more; the service makes a rerun harmless.
 */
@Processor(QueueName.Imports, { ...IMPORT_WORKER_OPTIONS, concurrency: 1 })
export class ImportsProcessor extends JobProcessor {
  constructor(private readonly imports: ExpertImportService) {
    super();
  }

  @Handles(JobName.ImportExperts)
  async importExperts({ importId }: JobPayloads[JobName.ImportExperts]): Promise<ImportRunResult> {
    const result = await this.imports.run(importId);
    this.logger.log(`Expert import ${importId}: ${result}`);
    return result;
  }
}
