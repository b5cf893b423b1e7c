import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, In } from 'typeorm';
import {
  fieldMessage,
  ForbiddenError,
  NotFoundError,
  toFieldErrors,
  ValidationError,
  type Language,
} from '#core';
import { AuditService, OrganizationDirectory, readsOrganization, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import { CreateExpertDto } from '../dto/expert.dto.js';
import type { ExpertImportDto } from '../dto/expert-import.dto.js';
import { Expert } from '../experts/expert.entity.js';
import { EXPERT_KIND } from '../experts/expert.kind.js';
import { ExpertImport, type ImportRowError } from './expert-import.entity.js';
import { MAX_IMPORT_ROWS, readExpertSheet, type SheetRow } from './expert-sheet.js';

/** How often validation progress is written: often enough for a smooth bar, rarely enough to be cheap. */
const PROGRESS_EVERY = 50;
/** A sheet with thousands of broken rows needs the first few hundred to be fixed, not all of them. */
const MAX_REPORTED_ERRORS = 500;
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

export type ImportRunResult = 'completed' | 'failed' | 'skipped';

/**
 * Bulk import of a society's experts from the Excel template. The upload is stored and the work queued
 * (outbox, so an accepted upload is never lost); the worker validates every row with the same DTO the
 * API uses, and writes all rows in one transaction with the import's completion — or none.
 */
@Injectable()
export class ExpertImportService {
  private readonly logger = new Logger(ExpertImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly directory: OrganizationDirectory,
  ) {}

  async start(actor: Actor, file: Buffer): Promise<ExpertImportDto> {
    const societyId = await this.actingSociety(actor);
    if (file.length < ZIP_MAGIC.length || !file.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC))
      throw new ValidationError([{ field: 'file', code: 'not-xlsx' }], 'not-xlsx');
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ExpertImport, { societyId, createdBy: actor.userId, file, status: 'queued' }),
      );
      await this.outbox.add(manager, EventType.ExpertImportRequested, { importId: created.id });
      await this.audit.record(manager, {
        action: 'expert-import.started',
        subjectType: 'expert-import',
        subjectId: created.id,
        organizationId: societyId,
        actorUserId: actor.userId,
        data: { bytes: file.length },
        ip: actor.ip,
      });
      return created.id;
    });
    return this.get(actor, id, 'zh-CN');
  }

  async get(actor: Actor, id: string, lang: Language): Promise<ExpertImportDto> {
    const row = await this.dataSource.getRepository(ExpertImport).findOne({
      where: { id },
      select: {
        id: true,
        societyId: true,
        status: true,
        totalRows: true,
        processedRows: true,
        importedCount: true,
        errors: true,
        createdAt: true,
        finishedAt: true,
      },
    });
    if (!row || !readsOrganization(actor, row.societyId)) throw new NotFoundError('expert-import-not-found');
    return {
      id: row.id,
      status: row.status,
      totalRows: row.totalRows,
      processedRows: row.processedRows,
      importedCount: row.importedCount,
      errors: row.errors.map((e) => ({ ...e, message: fieldMessage(lang, e) })),
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }

  /** The worker's job. Safe to run again: a finished import is skipped, an interrupted one starts over. */
  async run(importId: string): Promise<ImportRunResult> {
    const job = await this.dataSource.getRepository(ExpertImport).findOneBy({ id: importId });
    if (!job || job.status === 'completed' || job.status === 'failed' || !job.file) return 'skipped';
    let rows: SheetRow[];
    try {
      rows = await readExpertSheet(job.file);
    } catch (error) {
      this.logger.warn(`Import ${importId}: unreadable workbook (${(error as Error).message})`);
      return this.fail(job, [{ row: 0, field: 'file', code: 'not-xlsx' }]);
    }
    if (rows.length === 0) return this.fail(job, [{ row: 0, field: 'file', code: 'sheet-empty' }]);
    if (rows.length > MAX_IMPORT_ROWS)
      return this.fail(job, [
        { row: 0, field: 'file', code: 'too-many-rows', params: { max: MAX_IMPORT_ROWS } },
      ]);
    await this.progress(job.id, { status: 'validating', totalRows: rows.length, processedRows: 0 });

    const errors: ImportRowError[] = [];
    const inputs: CreateExpertDto[] = [];
    for (const [index, { row, values }] of rows.entries()) {
      const input = plainToInstance(CreateExpertDto, { visibility: 'public', ...values });
      const problems = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
      errors.push(
        ...toFieldErrors(problems).map((e) => ({ row, field: e.field, code: e.code, params: e.params })),
      );
      inputs.push(input);
      if ((index + 1) % PROGRESS_EVERY === 0) await this.progress(job.id, { processedRows: index + 1 });
    }
    errors.push(...(await this.duplicates(job.societyId, rows, inputs)));
    if (errors.length > 0) return this.fail(job, errors);

    await this.progress(job.id, { status: 'importing', processedRows: rows.length });
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ExpertImport, {
        where: { id: job.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (current?.status !== 'importing') return;
      // Imported profiles go to moderation like any other: the society vouches, the platform reviews.
      await manager.insert(
        Expert,
        inputs.map((input) => ({
          ...EXPERT_KIND.columns(input),
          visibility: input.visibility,
          teaser: input.teaser ?? null,
          organizationId: job.societyId,
          createdBy: job.createdBy,
          status: 'submitted' as const,
        })),
      );
      await manager.update(
        ExpertImport,
        { id: job.id },
        { status: 'completed', importedCount: inputs.length, file: null, finishedAt: new Date() },
      );
      await this.audit.record(manager, {
        action: 'expert-import.completed',
        subjectType: 'expert-import',
        subjectId: job.id,
        organizationId: job.societyId,
        actorUserId: job.createdBy,
        data: { imported: inputs.length },
      });
    });
    return 'completed';
  }

  /** Rows naming the same email twice, or an email the society already has an expert for. */
  private async duplicates(
    societyId: string,
    rows: SheetRow[],
    inputs: CreateExpertDto[],
  ): Promise<ImportRowError[]> {
    const emails = inputs.map((input) => input.email?.toLowerCase()).filter((e): e is string => Boolean(e));
    const existing = new Set(
      (
        await this.dataSource.getRepository(Expert).find({
          select: { email: true },
          where: { organizationId: societyId, email: In(emails) },
        })
      ).map((e) => e.email?.toLowerCase()),
    );
    const seen = new Set<string>();
    const errors: ImportRowError[] = [];
    inputs.forEach((input, index) => {
      const email = input.email?.toLowerCase();
      if (!email) return;
      if (existing.has(email) || seen.has(email))
        errors.push({ row: rows[index].row, field: 'email', code: 'duplicate-expert' });
      seen.add(email);
    });
    return errors;
  }

  private async fail(job: ExpertImport, errors: ImportRowError[]): Promise<ImportRunResult> {
    errors.sort((a, b) => a.row - b.row);
    await this.progress(job.id, {
      status: 'failed',
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      file: null,
      finishedAt: new Date(),
    });
    return 'failed';
  }

  private async progress(id: string, patch: Partial<ExpertImport>): Promise<void> {
    await this.dataSource.getRepository(ExpertImport).update({ id }, patch);
  }

  private async actingSociety(actor: Actor): Promise<string> {
    if (!actor.organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    const organization = await this.directory.summary(actor.organizationId);
    if (organization?.type !== 'society')
      throw new ForbiddenError('organization-type-not-allowed', { kind: 'expert' });
    return organization.id;
  }
}
