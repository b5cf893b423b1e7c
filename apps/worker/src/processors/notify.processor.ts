import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { ConversationService, MatchingService } from '#matching';
import {
  EmailDeliveryService,
  matchFoundEmail,
  matchFoundText,
  messageReceivedEmail,
  messageReceivedText,
  NotificationService,
} from '#notifications';
import { JobName, QueueName, type JobPayloads } from '#queue';

export type NotifyJobResult =
  { outcome: 'notified'; inApp: number; emailed: number } | { outcome: 'skipped' };

/** Web paths of each posting kind's detail page. */
const WEB_PATHS = {
  demand: 'demands',
  expert: 'experts',
  achievement: 'achievements',
  project: 'projects',
  'financing-offer': 'financing-offers',
} as const;

/**
 * Tells both parties of a new (or clearly improved) match, and the other side of a conversation about a
 * new message: an in-app row and an email per recipient. Both are keyed by the event (the match and the
 * time it was judged worth notifying; the message), so a retried or duplicated job writes no second row
 * (unique key) and sends no second email (claimed delivery row); a match or message gone since is skipped.
 */
@Processor(QueueName.Notifications, { concurrency: 4 })
export class NotifyProcessor extends WorkerHost {
  static readonly handles = [JobName.NotifyMatch, JobName.NotifyMessage];
  private readonly logger = new Logger(NotifyProcessor.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly conversations: ConversationService,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly deliveries: EmailDeliveryService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<NotifyJobResult> {
    switch (job.name) {
      case JobName.NotifyMatch:
        return this.matchFound(job.data as JobPayloads[JobName.NotifyMatch]);
      case JobName.NotifyMessage:
        return this.messageReceived(job.data as JobPayloads[JobName.NotifyMessage]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  private async matchFound({ matchId }: JobPayloads[JobName.NotifyMatch]): Promise<NotifyJobResult> {
    const notice = await this.matching.noticeOf(matchId);
    if (!notice) return { outcome: 'skipped' };
    const eventKey = `match-found:${notice.matchId}:${notice.version}`;
    const told = new Set<string>();
    let inApp = 0;
    let emailed = 0;
    for (const side of notice.sides) {
      const link = `/${WEB_PATHS[side.counterpart.kind]}/${side.counterpart.id}`;
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

  /**
   * The other organization's members hear of a new message, in-app and by email; the author's own side
   * does not. One function on purpose: the preference-aware dispatcher will take its place whole.
   */
  private async messageReceived({ messageId }: JobPayloads[JobName.NotifyMessage]): Promise<NotifyJobResult> {
    const notice = await this.conversations.noticeOf(messageId);
    if (!notice) return { outcome: 'skipped' };
    const eventKey = `message:${notice.messageId}`;
    const link = `/conversations/${notice.conversationId}`;
    const content = { ...notice, link: `${this.config.PUBLIC_URL}${link}` };
    const text = messageReceivedText(content);
    const email = messageReceivedEmail(content);
    let inApp = 0;
    let emailed = 0;
    for (const contact of await this.memberships.contactsOf([notice.recipientOrganizationId], [])) {
      // A member of both organizations wrote it: they need no word of their own message.
      if (contact.userId === notice.authorUserId) continue;
      const written = await this.notifications.record({
        userId: contact.userId,
        kind: 'message-received',
        eventKey,
        subjectType: 'conversation',
        subjectId: notice.conversationId,
        ...text,
        link,
      });
      if (written) inApp += 1;
      const outcome = await this.deliveries.deliver(
        `${eventKey}:${contact.userId}`,
        'message-received',
        contact.email,
        email,
      );
      if (outcome === 'sent') emailed += 1;
    }
    return { outcome: 'notified', inApp, emailed };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
