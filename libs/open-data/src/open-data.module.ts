import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { PostingsModule } from '#postings';
import { PostingImportService } from './posting-import.service.js';

/** Exchange with other platforms: imports of demand and achievement lists. */
@Module({
  imports: [IdentityModule, PostingsModule],
  providers: [PostingImportService],
  exports: [PostingImportService],
})
export class OpenDataModule {}
