import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { digestJobId, JobName, QueueName, type JobPayloads } from '#queue';
import type { DeliveryOutcome } from '../email/email-delivery.service.js';
import { digestDate, DigestService } from './digest.service.js';

/** The daily digest run: one job per user with something pending, then each user's email. */
@Injectable()
export class DigestScheduler {
  constructor(
    private readonly digests: DigestService,
    private readonly memberships: MembershipService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
  ) {}

  /** One digest job per user with something pending (a user with nothing pending gets none), keyed by day. */
  async scheduleToday(): Promise<number> {
    const date = digestDate(new Date(), this.config.DIGEST_TIMEZONE);
    const userIds = await this.digests.usersWithPendingItems();
    await this.notifications.addBulk(
      userIds.map((userId) => ({
        name: JobName.SendDigest,
        data: { userId, date } satisfies JobPayloads[JobName.SendDigest],
        opts: { jobId: digestJobId(userId, date) },
      })),
    );
    return userIds.length;
  }

  /** The user's digest for `date`; null when the user is no longer active. */
  async send({ userId, date }: JobPayloads[JobName.SendDigest]): Promise<DeliveryOutcome | 'empty' | null> {
    const [recipient] = await this.memberships.contactsOf([], [userId]);
    return recipient ? this.digests.send(recipient, date) : null;
  }
}
