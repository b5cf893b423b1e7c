import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { PostingsModule } from '#postings';
import { ReportingModule } from '#reporting';
import { PortalService } from './portal.service.js';

/** The public portal's reads over identity, postings and reporting. */
@Module({
  imports: [IdentityModule, PostingsModule, ReportingModule],
  providers: [PortalService],
  exports: [PortalService],
})
export class PortalModule {}
