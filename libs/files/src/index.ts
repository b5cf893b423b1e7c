export * from './dto/file.dto.js';
export { FILE_OWNER_KINDS, FILE_PURPOSES, type FileOwnerKind, type FilePurpose } from './file-owners.js';
export { ACCEPTED_EXTENSIONS, sanitizeFileName, sniffAcceptedType } from './file-types.js';
export { FilesModule } from './files.module.js';
export { FilesService } from './files.service.js';
export { filesContext } from './files.context.js';
export { FileStorage, StoredObjectMissing } from './storage/file-storage.js';
export { LocalDiskStorage } from './storage/local-disk.storage.js';
export { S3Storage, type S3Settings } from './storage/s3.storage.js';
