import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { DemandAccessService } from './demands/demand-access.service.js';
import { DemandService } from './demands/demand.service.js';

/** Demands (and, next, achievements, projects and financing offers) with their workflows. */
@Module({
  imports: [IdentityModule],
  providers: [DemandService, DemandAccessService],
  exports: [DemandService, DemandAccessService],
})
export class PostingsModule {}
