import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, IsNull } from 'typeorm';
import { NotFoundError, ValidationError, type FieldError, type PostingKind } from '#core';
import type { Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import type { FileDto, FileListDto } from './dto/file.dto.js';
import { FileOwnerAccess } from './file-owner-access.js';
import { purposesFor, type FileOwnerKind, type FilePurpose } from './file-owners.js';
import { sanitizeFileName, sniffAcceptedType } from './file-types.js';
import { FileStorage, StoredObjectMissing } from './storage/file-storage.js';
import { StoredFile } from './stored-file.entity.js';
import { FilesConfig } from './files.config.js';

/** One file of an upload as the HTTP layer read it: the client's name and the whole content. */
export interface IncomingFile {
  filename: string;
  content: Buffer;
}

export interface UploadInput {
  purpose: string | undefined;
  files: IncomingFile[];
}

export interface Download {
  file: FileDto;
  content: Readable;
}

const toDto = (row: StoredFile): FileDto => ({
  id: row.id,
  name: row.name,
  purpose: row.purpose,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt,
});

/**
 * Files of postings and organizations: uploads checked by content and counted against the owner's limit,
 * lists and downloads as the owner's access allows (FileOwnerAccess), and removal in two steps — the row
 * is marked in the owner's transaction with an outbox event, and the worker removes the content and then
 * the row, so a retried job finds nothing left to do.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly access: FileOwnerAccess,
    private readonly outbox: OutboxService,
    private readonly config: FilesConfig,
  ) {}

  async list(actor: Actor | null, kind: FileOwnerKind, ownerId: string): Promise<FileListDto> {
    const access = await this.access.of(actor, kind, ownerId);
    const rows = access.read ? await this.current(kind, ownerId) : [];
    return {
      items: rows.map(toDto),
      withheld: !access.read,
      canEdit: access.edit,
      maxFiles: this.config.FILES_MAX_PER_OWNER,
      maxSizeMb: this.config.FILES_MAX_SIZE_MB,
      purposes: [...purposesFor(kind)],
    };
  }

  /** `read` reads the request's upload: only once the caller may upload, so refused bodies stay unread. */
  async upload(
    actor: Actor,
    kind: FileOwnerKind,
    ownerId: string,
    read: () => Promise<UploadInput>,
  ): Promise<FileDto[]> {
    await this.access.assertEdit(actor, kind, ownerId);
    const input = await read();
    const purpose = this.checkPurpose(kind, input.purpose);
    const prepared = await this.checkFiles(input.files);
    await this.assertRoom(kind, ownerId, prepared.length);
    // Content first, rows second: a row never points at content that is not there. Content stored for a
    // transaction that then fails is removed again below.
    for (const file of prepared) await this.storage.put(file.storageKey, file.content, file.contentType);
    try {
      const rows = await this.dataSource.transaction(async (manager) => {
        // One upload at a time per owner, so two parallel uploads cannot both pass the count.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`files:${ownerId}`]);
        await this.assertRoom(kind, ownerId, prepared.length, manager.getRepository(StoredFile));
        return manager.save(
          StoredFile,
          prepared.map(({ content: _content, ...file }) =>
            manager.create(StoredFile, {
              ...file,
              ownerKind: kind,
              ownerId,
              purpose,
              uploadedBy: actor.userId,
            }),
          ),
        );
      });
      return rows.map(toDto);
    } catch (error) {
      await Promise.all(prepared.map((file) => this.storage.remove(file.storageKey)));
      throw error;
    }
  }

  async download(
    actor: Actor | null,
    kind: FileOwnerKind,
    ownerId: string,
    fileId: string,
  ): Promise<Download> {
    const access = await this.access.of(actor, kind, ownerId);
    if (!access.read) throw new NotFoundError('file-not-found');
    const row = await this.find(kind, ownerId, fileId);
    try {
      return { file: toDto(row), content: await this.storage.read(row.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredObjectMissing)) throw error;
      this.logger.error(`File ${row.id} has a row but no content under ${row.storageKey}`);
      throw new NotFoundError('file-not-found');
    }
  }

  async remove(actor: Actor, kind: FileOwnerKind, ownerId: string, fileId: string): Promise<void> {
    await this.access.assertEdit(actor, kind, ownerId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(
        StoredFile,
        { id: fileId, ownerKind: kind, ownerId, removedAt: IsNull() },
        { removedAt: new Date() },
      );
      if (!affected) throw new NotFoundError('file-not-found');
      await this.outbox.add(manager, EventType.FileRemoved, { fileId });
    });
  }

  /** Worker: removes a removed file's content, then its row. Safe to run twice. */
  async purgeFile(fileId: string): Promise<'removed' | 'skipped'> {
    const row = await this.dataSource.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!row?.removedAt) return 'skipped';
    await this.storage.remove(row.storageKey);
    await this.dataSource.getRepository(StoredFile).delete({ id: row.id });
    return 'removed';
  }

  /** Worker: every file of a deleted posting leaves the storage and the table. Safe to run twice. */
  async purgeOwner(kind: PostingKind, ownerId: string): Promise<number> {
    const repository = this.dataSource.getRepository(StoredFile);
    await repository.update({ ownerKind: kind, ownerId, removedAt: IsNull() }, { removedAt: new Date() });
    const rows = await repository.findBy({ ownerKind: kind, ownerId });
    for (const row of rows) await this.purgeFile(row.id);
    return rows.length;
  }

  private current(kind: FileOwnerKind, ownerId: string): Promise<StoredFile[]> {
    return this.dataSource.getRepository(StoredFile).find({
      where: { ownerKind: kind, ownerId, removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async find(kind: FileOwnerKind, ownerId: string, fileId: string): Promise<StoredFile> {
    const row = await this.dataSource
      .getRepository(StoredFile)
      .findOneBy({ id: fileId, ownerKind: kind, ownerId, removedAt: IsNull() });
    if (!row) throw new NotFoundError('file-not-found');
    return row;
  }

  private checkPurpose(kind: FileOwnerKind, purpose: string | undefined): FilePurpose {
    const allowed = purposesFor(kind);
    if (!purpose) throw new ValidationError([{ field: 'purpose', code: 'isDefined' }]);
    if (!allowed.includes(purpose as FilePurpose))
      throw new ValidationError([{ field: 'purpose', code: 'isIn' }]);
    return purpose as FilePurpose;
  }

  private async checkFiles(files: IncomingFile[]) {
    if (files.length === 0) throw new ValidationError([{ field: 'file', code: 'isDefined' }]);
    const errors: FieldError[] = [];
    const prepared = [];
    for (const [index, file] of files.entries()) {
      const type = await sniffAcceptedType(file.content);
      if (!type) {
        errors.push({
          field: `file[${index}]`,
          code: 'file-type-not-accepted',
          params: { name: file.filename },
        });
        continue;
      }
      const id = randomUUID();
      prepared.push({
        id,
        name: sanitizeFileName(file.filename, type.extension),
        contentType: type.contentType,
        sizeBytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        storageKey: `${id.slice(0, 2)}/${id}`,
        content: file.content,
      });
    }
    if (errors.length > 0) throw new ValidationError(errors, 'file-type-not-accepted');
    return prepared;
  }

  private async assertRoom(
    kind: FileOwnerKind,
    ownerId: string,
    adding: number,
    repository = this.dataSource.getRepository(StoredFile),
  ): Promise<void> {
    const held = await repository.countBy({ ownerKind: kind, ownerId, removedAt: IsNull() });
    const max = this.config.FILES_MAX_PER_OWNER;
    if (held + adding > max)
      throw new ValidationError(
        [{ field: 'file', code: 'too-many-files', params: { max, held } }],
        'too-many-files',
      );
  }
}
