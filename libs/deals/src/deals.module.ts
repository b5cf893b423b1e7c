import { Module } from '@nestjs/common';
import { EventsModule } from '#events';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { PostingsModule } from '#postings';
import { DealPresenter } from './deal-presenter.js';
import { DealSources } from './deal-sources.js';
import { DealService } from './deal.service.js';

/** Deals (成交): recorded from a match, a conversation or a 揭榜挂帅 award, confirmed by both parties. */
@Module({
  imports: [IdentityModule, MatchingModule, PostingsModule, EventsModule],
  providers: [DealService, DealSources, DealPresenter],
  exports: [DealService],
})
export class DealsModule {}
