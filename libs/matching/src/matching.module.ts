import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { SearchModule } from '#search';
import { MatchProfileStore } from './match-profile.store.js';
import { MatchingService } from './matching.service.js';

/** Matching: scoring postings against each other, the stored matches and the parties' actions on them. */
@Module({
  imports: [IdentityModule, SearchModule],
  providers: [MatchingService, MatchProfileStore],
  exports: [MatchingService, MatchProfileStore],
})
export class MatchingModule {}
