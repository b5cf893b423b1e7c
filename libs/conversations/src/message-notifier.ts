import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { NotificationDispatcher, type DispatchResult } from '#notifications';
import { ConversationService } from './conversation.service.js';
import { messageReceivedEmail, messageReceivedText } from './message-received.email.js';

/**
 * The other organization's members hear of a new message; the author's own side does not. Keyed by the
 * message, so a retried or duplicated job delivers nothing twice.
 */
@Injectable()
export class MessageNotifier {
  constructor(
    private readonly conversations: ConversationService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {}

  /** What was delivered, or null when the message is gone. */
  async notify(messageId: string): Promise<DispatchResult | null> {
    const notice = await this.conversations.noticeOf(messageId);
    if (!notice) return null;
    const link = `/conversations/${notice.conversationId}`;
    const content = { ...notice, link: `${this.config.PUBLIC_URL}${link}` };
    const email = messageReceivedEmail(content);
    // A member of both organizations wrote it: they need no word of their own message.
    const recipients = (await this.memberships.contactsOf([notice.recipientOrganizationId], [])).filter(
      (contact) => contact.userId !== notice.authorUserId,
    );
    return this.dispatcher.dispatch({
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
  }
}
