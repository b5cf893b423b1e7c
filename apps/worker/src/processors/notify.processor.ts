import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AppConfig } from '#core';
import { DealService } from '#deals';
import { MembershipService } from '#identity';
import { ConversationService } from '#conversations';
import { MatchingService } from '#matching';
import {
  dealChangedEmail,
  dealChangedText,
  DigestService,
  matchFoundEmail,
  matchFoundText,
  messageReceivedEmail,
  messageReceivedText,
  NotificationDispatcher,
  type DeliveryOutcome,
  type DispatchResult,
} from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';

export type NotifyJobResult =
  | ({ outcome: 'notified' } & DispatchResult)
  | { outcome: 'digest'; delivery: DeliveryOutcome | 'empty' }
  | { outcome: 'skipped' };

/**
 * Tells both parties of a new (or clearly improved) match and the other side of a conversation about a
 * new message, through the dispatcher (each recipient's preferences decide in-app, instant email, digest
 * or nothing; the organization's webhooks hear of it too), and sends each user's daily digest. Events
 * are keyed by what they tell (the match and the time it was judged worth notifying; the message), so a retried or duplicated job delivers nothing
 * twice; a match, message or user gone since is skipped.
 */
@Processor(QueueName.Notifications, { ...WORKER_OPTIONS, concurrency: 4 })
export class NotifyProcessor extends WorkerHost {
  static readonly handles = [
    JobName.NotifyMatch,
    JobName.NotifyMessage,
    JobName.NotifyDeal,
    JobName.SendDigest,
  ];
  private readonly logger = new Logger(NotifyProcessor.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly conversations: ConversationService,
    private readonly deals: DealService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly digests: DigestService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: Job): Promise<NotifyJobResult> {
    switch (job.name) {
      case JobName.NotifyMatch:
        return this.notifyMatch(job.data as JobPayloads[JobName.NotifyMatch]);
      case JobName.NotifyMessage:
        return this.notifyMessage(job.data as JobPayloads[JobName.NotifyMessage]);
      case JobName.NotifyDeal:
        return this.notifyDeal(job.data as JobPayloads[JobName.NotifyDeal]);
      case JobName.SendDigest:
        return this.sendDigest(job.data as JobPayloads[JobName.SendDigest]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  private async notifyMatch({ matchId }: JobPayloads[JobName.NotifyMatch]): Promise<NotifyJobResult> {
    const notice = await this.matching.noticeOf(matchId);
    if (!notice) return { outcome: 'skipped' };
    const told = new Set<string>();
    const total: DispatchResult = { inApp: 0, emailed: 0, digested: 0, webhooks: 0 };
    // Both sides land on the match itself, where its reasons and their actions are.
    const link = `/matches/${notice.matchId}`;
    for (const side of notice.sides) {
      const content = {
        ownKind: side.own.kind,
        ownTitle: side.own.title,
        counterpartKind: side.counterpart.kind,
        counterpartTitle: side.counterpart.title,
        score: notice.score,
        reasons: side.reasons,
        warnings: side.warnings,
        link: `${this.config.PUBLIC_URL}${link}`,
      };
      const email = matchFoundEmail(content);
      // Someone on both sides hears once, about the first side's counterpart.
      const recipients = (await this.memberships.contactsOf([side.organizationId], side.userIds)).filter(
        (contact) => !told.has(contact.userId),
      );
      for (const recipient of recipients) told.add(recipient.userId);
      const result = await this.dispatcher.dispatch({
        eventKey: `match-found:${notice.matchId}:${notice.version}`,
        kind: 'match-found',
        subject: { type: 'match', id: notice.matchId, link },
        recipients,
        text: matchFoundText(content),
        email: () => email,
        webhook: {
          organizationIds: [side.organizationId],
          link: content.link,
          facts: {
            matchId: notice.matchId,
            score: notice.score,
            counterpartKind: side.counterpart.kind,
            counterpartId: side.counterpart.id,
          },
        },
      });
      for (const key of Object.keys(total) as (keyof DispatchResult)[]) total[key] += result[key];
    }
    return { outcome: 'notified', ...total };
  }

  /** The other organization's members hear of a new message; the author's own side does not. */
  private async notifyMessage({ messageId }: JobPayloads[JobName.NotifyMessage]): Promise<NotifyJobResult> {
    const notice = await this.conversations.noticeOf(messageId);
    if (!notice) return { outcome: 'skipped' };
    const link = `/conversations/${notice.conversationId}`;
    const content = { ...notice, link: `${this.config.PUBLIC_URL}${link}` };
    const email = messageReceivedEmail(content);
    // A member of both organizations wrote it: they need no word of their own message.
    const recipients = (await this.memberships.contactsOf([notice.recipientOrganizationId], [])).filter(
      (contact) => contact.userId !== notice.authorUserId,
    );
    const result = await this.dispatcher.dispatch({
      eventKey: `message:${notice.messageId}`,
      kind: 'message-received',
      subject: { type: 'conversation', id: notice.conversationId, link },
      recipients,
      text: messageReceivedText(content),
      email: () => email,
      webhook: {
        organizationIds: [notice.recipientOrganizationId],
        link: content.link,
        facts: { conversationId: notice.conversationId, messageId: notice.messageId },
      },
    });
    return { outcome: 'notified', ...result };
  }

  /**
   * The other party's members hear of a change to a deal (recorded, confirmed, disputed, edited or a
   * change proposed, moved on); whoever made it does not, even if they belong to both organizations.
   */
  private async notifyDeal({
    dealId,
    version,
    change,
    bySide,
    byUserId,
  }: JobPayloads[JobName.NotifyDeal]): Promise<NotifyJobResult> {
    const notice = await this.deals.noticeOf(dealId, bySide);
    if (!notice) return { outcome: 'skipped' };
    const link = '/deals';
    const content = { ...notice, change, link: `${this.config.PUBLIC_URL}${link}` };
    const email = dealChangedEmail(content);
    const recipients = (await this.memberships.contactsOf([notice.recipientOrganizationId], [])).filter(
      (contact) => contact.userId !== byUserId,
    );
    const result = await this.dispatcher.dispatch({
      eventKey: `deal:${dealId}:${version}`,
      kind: 'deal-changed',
      subject: { type: 'deal', id: dealId, link },
      recipients,
      text: dealChangedText(content),
      email: () => email,
      webhook: {
        organizationIds: [notice.recipientOrganizationId],
        link: content.link,
        facts: { dealId, version, change },
      },
    });
    return { outcome: 'notified', ...result };
  }

  private async sendDigest({ userId, date }: JobPayloads[JobName.SendDigest]): Promise<NotifyJobResult> {
    const [recipient] = await this.memberships.contactsOf([], [userId]);
    if (!recipient) return { outcome: 'skipped' };
    return { outcome: 'digest', delivery: await this.digests.send(recipient, date) };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
