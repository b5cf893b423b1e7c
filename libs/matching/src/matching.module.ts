import { Module } from '@nestjs/common';
import { ConversationsModule } from '#conversations';
import { IdentityModule } from '#identity';
import { NotificationsModule } from '#notifications';
import { PostingsModule } from '#postings';
import { SearchModule } from '#search';
import { InvestorMarks } from './investor-marks.js';
import { MatchConversations } from './match-conversations.js';
import { MatchNotifier } from './match-notifier.js';
import { MatchPresenter } from './match-presenter.js';
import { MatchProfileStore } from './match-profile.store.js';
import { MatchingService } from './matching.service.js';

/** Matching: scoring postings against each other, the stored matches and the parties' actions on them (a contact opens a conversation). */
@Module({
  imports: [IdentityModule, NotificationsModule, PostingsModule, SearchModule, ConversationsModule],
  providers: [
    MatchingService,
    InvestorMarks,
    MatchPresenter,
    MatchProfileStore,
    MatchNotifier,
    MatchConversations,
  ],
  exports: [MatchingService, InvestorMarks, MatchProfileStore, MatchNotifier, MatchConversations],
})
export class MatchingModule {}
