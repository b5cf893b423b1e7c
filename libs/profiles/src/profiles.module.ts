import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { PostingsModule } from '#postings';
import { ExpertSearchSource } from './experts/expert-search.source.js';
import { ExpertService } from './experts/expert.service.js';
import { ExpertImportService } from './imports/expert-import.service.js';
import { SocietyService } from './societies/society.service.js';

const services = [ExpertService, ExpertImportService, SocietyService];

/** Experts, societies (学会) and their service stations, and bulk import of experts. */
@Module({
  imports: [IdentityModule, PostingsModule],
  // ExpertSearchSource is found by SearchModule's registry through its @SearchSourceProvider() mark.
  providers: [...services, ExpertSearchSource],
  exports: services,
})
export class ProfilesModule {}
