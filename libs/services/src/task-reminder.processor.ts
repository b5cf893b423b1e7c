import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { TaskReminderService, type ReminderOutcome } from './task-reminder.service.js';

/** Reminder times are minutes of a day: a scan a minute is on time. */
const SCAN_EVERY_MS = 60_000;

/** Thin: the scan that queues due reminders (repeatable) and the job that sends one. */
@Processor(QueueName.Services, WORKER_OPTIONS)
export class TaskReminderProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.QueueTaskReminders, JobName.RemindTask];

  constructor(
    private readonly reminders: TaskReminderService,
    @InjectQueue(QueueName.Services) private readonly queue: Queue,
  ) {
    super();
  }

  /** Upserting the scheduler keeps one schedule however many workers start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.QueueTaskReminders,
      { every: SCAN_EVERY_MS },
      { name: JobName.QueueTaskReminders },
    );
  }

  async process(job: Job): Promise<{ queued: number } | ReminderOutcome> {
    switch (job.name) {
      case JobName.QueueTaskReminders:
        return { queued: await this.reminders.queueDue() };
      case JobName.RemindTask:
        return this.reminders.remind(job.data as JobPayloads[JobName.RemindTask]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }
}
