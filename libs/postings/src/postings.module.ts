import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { AchievementService } from './achievements/achievement.service.js';
import { ChallengeService } from './challenges/challenge.service.js';
import { PostingAccessService } from './access/posting-access.service.js';
import {
  AchievementSearchSource,
  FinancingOfferSearchSource,
  ProjectSearchSource,
} from './catalogue/catalogue-search.sources.js';
import { DemandSearchSource } from './demands/demand-search.source.js';
import { DemandService } from './demands/demand.service.js';
import { FinancingOfferService } from './financing-offers/financing-offer.service.js';
import { PostingDuplicateFinder } from './open/duplicate-finder.js';
import { OpenFeedService } from './open/open-feed.service.js';
import { ProjectService } from './projects/project.service.js';

const services = [
  DemandService,
  PostingAccessService,
  ChallengeService,
  AchievementService,
  ProjectService,
  FinancingOfferService,
  OpenFeedService,
  PostingDuplicateFinder,
];

/** Demands with their 揭榜挂帅 calls and proposals; achievements, projects and financing offers. */
@Module({
  imports: [IdentityModule],
  // The search sources are found by SearchModule's registry through their @SearchSourceProvider() mark.
  providers: [
    ...services,
    DemandSearchSource,
    AchievementSearchSource,
    ProjectSearchSource,
    FinancingOfferSearchSource,
  ],
  exports: services,
})
export class PostingsModule {}
