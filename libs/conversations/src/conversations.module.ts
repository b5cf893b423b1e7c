import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ConversationService } from './conversation.service.js';

/** Conversations: threads between two organizations, opened by other contexts (a match's contact). */
@Module({
  imports: [IdentityModule],
  providers: [ConversationService],
  exports: [ConversationService],
})
export class ConversationsModule {}
