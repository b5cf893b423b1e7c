import { Module } from '@nestjs/common';
import { ConversationsModule } from '#conversations';
import { IdentityModule } from '#identity';
import { NotificationsModule } from '#notifications';
import { PostingsModule } from '#postings';
import { ProfilesModule } from '#profiles';
import { InterestBlockService } from './interest-block.service.js';
import { InterestNotifier } from './interest-notifier.js';
import { InterestService } from './interest.service.js';
import { OwnerNotifier } from './owner-notifier.js';
import { PostingReader } from './posting-reader.js';

/** 我要对接 on every listing: expressions of interest, their notices to owners, owners' blocks and reports. */
@Module({
  imports: [ConversationsModule, IdentityModule, NotificationsModule, PostingsModule, ProfilesModule],
  providers: [InterestService, InterestBlockService, InterestNotifier, OwnerNotifier, PostingReader],
  exports: [InterestService, InterestBlockService, InterestNotifier, OwnerNotifier],
})
export class InterestModule {}
