import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '#core';
import { DealNotifier } from '#deals';
import { MembershipService } from '#identity';
import { ConversationService } from '#conversations';
import { MatchNotifier } from '#matching';
import {
  DigestScheduler,
  messageReceivedEmail,
  messageReceivedText,
  NotificationDispatcher,
  type DeliveryOutcome,
  type DispatchResult,
} from '#notifications';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';

export type NotifyJobResult =
  | ({ outcome: 'notified' } & DispatchResult)
  | { outcome: 'digest'; delivery: DeliveryOutcome | 'empty' }
  | { outcome: 'skipped' };

const notified = (result: DispatchResult | null): NotifyJobResult =>
  result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };

/**
 * The notifications queue, which several contexts share: each job is one call into the context whose
 * news it is (matching, deals, conversations) or into the digest run. Each notifier keys its events by
 * what they tell, so a retried or duplicated job delivers nothing twice; a match, message, deal or user
 * gone since is skipped.
 */
@Processor(QueueName.Notifications, { ...WORKER_OPTIONS, concurrency: 4 })
export class NotifyProcessor extends JobProcessor {
  constructor(
    private readonly matches: MatchNotifier,
    private readonly deals: DealNotifier,
    private readonly digests: DigestScheduler,
    private readonly conversations: ConversationService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {
    super();
  }

  @Handles(JobName.NotifyMatch)
  async notifyMatch({ matchId }: JobPayloads[JobName.NotifyMatch]): Promise<NotifyJobResult> {
    return notified(await this.matches.notify(matchId));
  }

  @Handles(JobName.NotifyDeal)
  async notifyDeal(payload: JobPayloads[JobName.NotifyDeal]): Promise<NotifyJobResult> {
    return notified(await this.deals.notify(payload));
  }

  @Handles(JobName.SendDigest)
  async sendDigest(payload: JobPayloads[JobName.SendDigest]): Promise<NotifyJobResult> {
    const delivery = await this.digests.send(payload);
    return delivery ? { outcome: 'digest', delivery } : { outcome: 'skipped' };
  }

  /**
   * The other organization's members hear of a new message; the author's own side does not. Moves into
   * conversations' own notifier with libs/conversations (being extracted from matching).
   */
  @Handles(JobName.NotifyMessage)
  async notifyMessage({ messageId }: JobPayloads[JobName.NotifyMessage]): Promise<NotifyJobResult> {
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
}
