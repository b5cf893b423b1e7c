import { Column, Entity, Index } from 'typeorm';
import { CreatedRow } from '#database';
import type { FileOwnerKind, FilePurpose } from './file-owners.js';

/**
 * What one uploaded file is; its content sits in the FileStorage under `storageKey`. A file being removed
 * keeps its row, with `removedAt` set, until the worker has removed the content: the row is the worker's
 * to-do, so a crash between the two loses nothing and leaves no content without a row.
 */
@Entity('files')
@Index('files_owner', ['ownerKind', 'ownerId', 'createdAt'], { where: 'removed_at IS NULL' })
export class StoredFile extends CreatedRow {
  /** A posting kind or `organization`: stored data, never renamed without a migration. */
  @Column({ type: 'varchar', length: 20 })
  ownerKind: FileOwnerKind;

  /** The posting or organization; no foreign key, as owners live in other contexts' tables. */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 30 })
  purpose: FilePurpose;

  /** The uploader's file name, cleaned (see sanitizeFileName). */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Sniffed from the content, never taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
