import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, QueueName, type JobPayloads } from '#queue';
import { FilesService } from './files.service.js';

/** Removes stored content once its rows are marked removed; both jobs are safe to repeat. */
@Processor(QueueName.Files)
export class FilesProcessor extends WorkerHost {
  static readonly handles = [JobName.RemoveStoredFile, JobName.PurgePostingFiles];

  constructor(private readonly files: FilesService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.RemoveStoredFile: {
        const { fileId } = job.data as JobPayloads[JobName.RemoveStoredFile];
        return this.files.purgeFile(fileId);
      }
      case JobName.PurgePostingFiles: {
        const { kind, postingId } = job.data as JobPayloads[JobName.PurgePostingFiles];
        return this.files.purgeOwner(kind, postingId);
      }
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }
}
