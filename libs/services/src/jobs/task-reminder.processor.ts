import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { TaskReminderService, type ReminderOutcome } from '../task-reminder.service.js';

/** Reminder times are minutes of a day: a scan a minute is on time. */
const SCAN_EVERY_MS = 60_000;

/** Thin: the scan that queues due reminders (repeatable) and the job that sends one. */
@Processor(QueueName.Services, WORKER_OPTIONS)
export class TaskReminderProcessor extends JobProcessor implements OnApplicationBootstrap {
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

  @Handles(JobName.QueueTaskReminders)
  async queueDueReminders(): Promise<{ queued: number }> {
    return { queued: await this.reminders.queueDue() };
  }

  @Handles(JobName.RemindTask)
  async remindTask(payload: JobPayloads[JobName.RemindTask]): Promise<ReminderOutcome> {
    return this.reminders.remind(payload);
  }
}
