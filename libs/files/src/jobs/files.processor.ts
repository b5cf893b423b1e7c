import { Processor } from '@nestjs/bullmq';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { FilesService } from '../files.service.js';

/** Removes stored content once its rows are marked removed; both jobs are safe to repeat. */
@Processor(QueueName.Files, WORKER_OPTIONS)
export class FilesProcessor extends JobProcessor {
  constructor(private readonly files: FilesService) {
    super();
  }

  @Handles(JobName.RemoveStoredFile)
  async removeStoredFile({ fileId }: JobPayloads[JobName.RemoveStoredFile]): Promise<'removed' | 'skipped'> {
    return this.files.purgeFile(fileId);
  }

  @Handles(JobName.PurgePostingFiles)
  async purgePostingFiles({ kind, postingId }: JobPayloads[JobName.PurgePostingFiles]): Promise<number> {
    return this.files.purgeOwner(kind, postingId);
  }
}
