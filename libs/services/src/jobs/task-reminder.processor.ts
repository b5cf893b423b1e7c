import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  Handles,
  JobName,
  QueueName,
  REDIS,
  SchedulingJobProcessor,
  WORKER_OPTIONS,
  type JobPayloads,
  type JobSchedule,
} from '#queue';
import { TaskReminderService, type ReminderOutcome } from '../task-reminder.service.js';

/** Reminder times are minutes of a day: a scan a minute is on time. */
const SCAN_EVERY_MS = 60_000;

/** Thin: the scan that queues due reminders (repeatable, kept by the base) and the job that sends one. */
@Processor(QueueName.Services, WORKER_OPTIONS)
export class TaskReminderProcessor extends SchedulingJobProcessor {
  constructor(
    private readonly reminders: TaskReminderService,
    @InjectQueue(QueueName.Services) queue: Queue,
    @Inject(REDIS) redis: Redis,
  ) {
    super(queue, redis);
  }

  schedules(): readonly JobSchedule[] {
    return [{ job: JobName.QueueTaskReminders, repeat: { every: SCAN_EVERY_MS } }];
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
