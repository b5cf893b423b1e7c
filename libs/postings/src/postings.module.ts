import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { ChallengeService } from './challenges/challenge.service.js';
import { DemandAccessService } from './demands/demand-access.service.js';
import { DemandService } from './demands/demand.service.js';

/** Demands, their 揭榜挂帅 calls and proposals (next: achievements, projects, financing offers). */
@Module({
  imports: [IdentityModule],
  providers: [DemandService, DemandAccessService, ChallengeService],
  exports: [DemandService, DemandAccessService, ChallengeService],
})
export class PostingsModule {}
