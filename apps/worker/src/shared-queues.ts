import { Processor } from '@nestjs/bullmq';
import { QueueName, WORKER_OPTIONS } from '#queue';
import { SharedQueueHost } from './shared-queue-host.js';

/** Emails of several contexts (accounts, expert claims); SMTP waits dominate, so eight at a time. */
@Processor(QueueName.Email, { ...WORKER_OPTIONS, concurrency: 8 })
export class EmailProcessor extends SharedQueueHost(QueueName.Email) {}

/**
 * News of several contexts (matches, messages, deals) and the daily digests. Each notifier keys its
 * events by what they tell, so a retried or duplicated job delivers nothing twice.
 */
@Processor(QueueName.Notifications, { ...WORKER_OPTIONS, concurrency: 4 })
export class NotifyProcessor extends SharedQueueHost(QueueName.Notifications) {}

/**
 * Repeatable housekeeping of several contexts on one schedule-keeping queue (demand expiry, digests,
 * recovery); each run is safe to repeat: it changes only what is still due.
 */
@Processor(QueueName.Maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends SharedQueueHost(QueueName.Maintenance) {}

/** The hosts of the shared queues, each running the contexts' handlers of its queue's jobs. */
export const sharedQueueHosts = [EmailProcessor, NotifyProcessor, MaintenanceProcessor];
