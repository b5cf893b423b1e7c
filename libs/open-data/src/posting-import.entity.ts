import type { FieldError } from '#core';
import { Column, Entity, Index } from 'typeorm';
import { CreatedRow, OrganizationKey } from '#database';

/** Stored data: never rename a value without a migration. */
export const IMPORT_KINDS = ['demand', 'achievement'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_ROW_OUTCOMES = ['created', 'duplicate', 'error'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

/** What happened to one row; field errors keep their codes, labels and messages are made when shown. */
export interface ImportRowRecord {
  row: number;
  outcome: ImportRowOutcome;
  /** The posting created from the row. */
  id?: string;
  /** The organization's existing posting the row repeats. */
  duplicateOf?: { id: string; title: string; similarity: number };
  errors?: FieldError[];
}

/**
 * One import of a demand or achievement list (JSON rows or an Excel sheet) into an organization, with
 * the outcome of every row: created as a draft, skipped as a duplicate of an existing posting, or
 * refused with field errors.
 */
@Entity('posting_imports')
@Index('posting_imports_organization', ['organizationId', 'createdAt'])
export class PostingImport extends CreatedRow {
  @OrganizationKey()
  organizationId: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ImportKind;

  @Column({ type: 'varchar', length: 10 })
  format: 'json' | 'xlsx';

  @Column({ type: 'integer' })
  totalRows: number;

  @Column({ type: 'integer' })
  createdCount: number;

  @Column({ type: 'integer' })
  duplicateCount: number;

  @Column({ type: 'integer' })
  errorCount: number;

  @Column({ type: 'jsonb' })
  rows: ImportRowRecord[];
}
