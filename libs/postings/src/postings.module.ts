import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ChallengeService } from './challenges/challenge.service.js';
import { DemandAccessService } from './demands/demand-access.service.js';
import { DemandSearchSource } from './demands/demand-search.source.js';
import { DemandService } from './demands/demand.service.js';

/** Demands, their 揭榜挂帅 calls and proposals (next: achievements, projects, financing offers). */
@Module({
  imports: [IdentityModule],
  // DemandSearchSource is found by SearchModule's registry through its @SearchSourceProvider() mark.
  providers: [DemandService, DemandAccessService, ChallengeService, DemandSearchSource],
  exports: [DemandService, DemandAccessService, ChallengeService],
})
export class PostingsModule {}
