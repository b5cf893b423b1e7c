import { Column, Entity, Index } from 'typeorm';
import { CreatedRow } from '#database';

export const IMPORT_STATUSES = ['queued', 'validating', 'importing', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportRowError {
  /** The sheet's row number, as Excel shows it. */
  row: number;
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * A society's bulk import of expert profiles from an Excel sheet. The worker validates every row before
 * writing any, then writes them all in one transaction: a sheet is imported whole or not at all.
 */
@Entity('expert_imports')
export class ExpertImport extends CreatedRow {
  @Index()
  @Column({ type: 'uuid' })
  societyId: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  /** The uploaded workbook, dropped once the import has finished. */
  @Column({ type: 'bytea', nullable: true })
  file: Buffer | null;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: ImportStatus;

  @Column({ type: 'integer', default: 0 })
  totalRows: number;

  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  @Column({ type: 'integer', default: 0 })
  importedCount: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors: ImportRowError[];

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
