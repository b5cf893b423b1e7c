import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { ConversationService } from '#conversations';
import { MembershipService } from '#identity';
import { NotificationDispatcher, noticeEmail, type DispatchResult } from '#notifications';
import { Interest } from './interest.entity.js';
import { PostingReader } from './posting-reader.js';

const PREVIEW_LENGTH = 200;

/**
 * Tells the owner's members of one 我要对接 (in-app, email and webhooks, by their preferences), keyed by
 * the interest so a retried job tells no one twice; an interest or thread gone since is skipped.
 */
@Injectable()
export class InterestNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly postings: PostingReader,
    private readonly conversations: ConversationService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async notify(interestId: string): Promise<DispatchResult | null> {
    const interest = await this.dataSource.getRepository(Interest).findOneBy({ id: interestId });
    const message = interest ? await this.conversations.noticeOf(interest.messageId) : null;
    if (!interest || !message) return null;
    const title = (await this.postings.title(interest.postingKind, interest.postingId)) ?? message.subject;
    const offered =
      interest.offeredKind && interest.offeredId
        ? await this.postings.own(interest.organizationId, interest.offeredKind, interest.offeredId)
        : null;
    // The message is the interested organization's: its notice names that organization from the directory.
    const from = message.authorOrganizationName;
    const preview =
      message.body.length > PREVIEW_LENGTH ? `${message.body.slice(0, PREVIEW_LENGTH)}…` : message.body;
    const text = {
      title: { zh: `${from} 希望与您对接`, en: `${from} wants to work with you` },
      body: {
        zh: `${from}对「${title}」表示希望对接${offered ? `，并附上「${offered}」` : ''}：${preview}`,
        en: `${from} is interested in “${title}”${offered ? `, bringing “${offered}”` : ''}: ${preview}`,
      },
    };
    const link = `/conversations/${interest.conversationId}`;
    const absolute = `${this.config.PUBLIC_URL}${link}`;
    const email = noticeEmail(text, absolute, ['查看并回复', 'Read and reply']);
    return this.dispatcher.dispatch({
      eventKey: `interest:${interest.id}`,
      kind: 'interest-received',
      subject: { type: 'conversation', id: interest.conversationId, link },
      recipients: await this.memberships.contactsOf([interest.ownerOrganizationId], []),
      text,
      email: () => email,
      webhook: {
        organizationIds: [interest.ownerOrganizationId],
        link: absolute,
        facts: {
          interestId: interest.id,
          postingKind: interest.postingKind,
          postingId: interest.postingId,
          organizationId: interest.organizationId,
          conversationId: interest.conversationId,
        },
      },
    });
  }
}
