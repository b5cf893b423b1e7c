import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { NotificationsModule } from '#notifications';
import { SearchModule } from '#search';
import { ConversationService } from './conversations/conversation.service.js';
import { MatchNotifier } from './match-notifier.js';
import { MatchPresenter } from './match-presenter.js';
import { MatchProfileStore } from './match-profile.store.js';
import { MatchingService } from './matching.service.js';

/** Matching: scoring postings against each other, the stored matches, the parties' actions on them and the conversations a contact opens. */
@Module({
  imports: [IdentityModule, NotificationsModule, SearchModule],
  providers: [MatchingService, MatchPresenter, MatchProfileStore, MatchNotifier, ConversationService],
  exports: [MatchingService, MatchProfileStore, MatchNotifier, ConversationService],
})
export class MatchingModule {}
