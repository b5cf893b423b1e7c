import { Module } from '@nestjs/common';
import { ConversationsModule } from '#conversations';
import { EventsModule } from '#events';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { NotificationsModule } from '#notifications';
import { PostingsModule } from '#postings';
import { DealNotifier } from './deal-notifier.js';
import { DealPresenter } from './deal-presenter.js';
import { DealSources } from './deal-sources.js';
import { DealService } from './deal.service.js';

/** Deals (成交): recorded from a match, a conversation or a 揭榜挂帅 award, confirmed by both parties. */
@Module({
  imports: [
    IdentityModule,
    MatchingModule,
    ConversationsModule,
    EventsModule,
    NotificationsModule,
    PostingsModule,
  ],
  providers: [DealService, DealSources, DealPresenter, DealNotifier],
  exports: [DealService, DealNotifier],
})
export class DealsModule {}
