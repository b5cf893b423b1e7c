import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { SearchModule } from '#search';
import { ConversationService } from './conversations/conversation.service.js';
import { MatchPresenter } from './match-presenter.js';
import { MatchProfileStore } from './match-profile.store.js';
import { MatchingService } from './matching.service.js';

/** Matching: scoring postings against each other, the stored matches, the parties' actions on them and the conversations a contact opens. */
@Module({
  imports: [IdentityModule, SearchModule],
  providers: [MatchingService, MatchPresenter, MatchProfileStore, ConversationService],
  exports: [MatchingService, MatchProfileStore, ConversationService],
})
export class MatchingModule {}
