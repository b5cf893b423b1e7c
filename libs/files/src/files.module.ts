import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { PostingsModule } from '#postings';
import { ProfilesModule } from '#profiles';
import { FileOwnerAccess } from './file-owner-access.js';
import { FilesService } from './files.service.js';
import { fileStorageProvider } from './storage/storage.provider.js';

/** Files of postings and organizations, on local disk or S3 (FILES_STORAGE). */
@Module({
  imports: [IdentityModule, PostingsModule, ProfilesModule],
  providers: [FilesService, FileOwnerAccess, fileStorageProvider],
  exports: [FilesService],
})
export class FilesModule {}
