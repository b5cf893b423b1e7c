import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { NotificationsModule } from '#notifications';
import { ConversationService } from './conversation.service.js';
import { MessageNotifier } from './message-notifier.js';

/** Conversations: threads between two organizations, opened by other contexts (a match's contact). */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [ConversationService, MessageNotifier],
  exports: [ConversationService, MessageNotifier],
})
export class ConversationsModule {}
