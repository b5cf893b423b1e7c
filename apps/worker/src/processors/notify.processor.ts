import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { MatchingService } from '#matching';
import {
  EmailDeliveryService,
  matchFoundEmail,
  matchFoundText,
  NotificationService,
  postingPath,
} from '#notifications';
import { JobName, QueueName, type JobPayloads } from '#queue';

export type NotifyJobResult =
  { outcome: 'notified'; inApp: number; emailed: number } | { outcome: 'skipped' };

/**
 * Tells both parties of a new (or clearly improved) match: an in-app row and an email per recipient.
 * Both are keyed by the match and the time it was judged worth notifying, so a retried or duplicated job
 * writes no second row (unique key) and sends no second email (claimed delivery row); a match gone
 * since is skipped.
 */
@Processor(QueueName.Notifications, { concurrency: 4 })
export class NotifyProcessor extends WorkerHost {
  static readonly handles = [JobName.NotifyMatch];
  private readonly logger = new Logger(NotifyProcessor.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly deliveries: EmailDeliveryService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<NotifyJobResult> {
    if (job.name !== JobName.NotifyMatch) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const { matchId } = job.data as JobPayloads[JobName.NotifyMatch];
    const notice = await this.matching.noticeOf(matchId);
    if (!notice) return { outcome: 'skipped' };
    const eventKey = `match-found:${notice.matchId}:${notice.version}`;
    const told = new Set<string>();
    let inApp = 0;
    let emailed = 0;
    for (const side of notice.sides) {
      const link = postingPath(side.counterpart.kind, side.counterpart.id);
      const content = {
        counterpartKind: side.counterpart.kind,
        counterpartTitle: side.counterpart.title,
        score: notice.score,
        reasons: notice.reasons,
        link: `${this.config.PUBLIC_URL}${link}`,
      };
      const text = matchFoundText(content);
      const email = matchFoundEmail(content);
      for (const contact of await this.memberships.contactsOf([side.organizationId], side.userIds)) {
        // Someone on both sides hears once, about the first side's counterpart.
        if (told.has(contact.userId)) continue;
        told.add(contact.userId);
        const written = await this.notifications.record({
          userId: contact.userId,
          kind: 'match-found',
          eventKey,
          subjectType: 'match',
          subjectId: notice.matchId,
          ...text,
          link,
        });
        if (written) inApp += 1;
        const outcome = await this.deliveries.deliver(
          `${eventKey}:${contact.userId}`,
          'match-found',
          contact.email,
          email,
        );
        if (outcome === 'sent') emailed += 1;
      }
    }
    return { outcome: 'notified', inApp, emailed };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
