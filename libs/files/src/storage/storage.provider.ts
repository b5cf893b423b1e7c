import type { Provider } from '@nestjs/common';
import { FilesConfig } from '../files.config.js';
import { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk.storage.js';
import { S3Storage } from './s3.storage.js';

/** The adapter FILES_STORAGE names, configured from the environment. */
export function storageFor(config: FilesConfig): FileStorage {
  if (config.FILES_STORAGE === 'local') return new LocalDiskStorage(config.FILES_DIR);
  return new S3Storage({
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    bucket: config.S3_BUCKET!,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === 'true',
  });
}

export const fileStorageProvider: Provider = {
  provide: FileStorage,
  inject: [FilesConfig],
  useFactory: storageFor,
};
