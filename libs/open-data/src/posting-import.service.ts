import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { fieldMessage, NotFoundError, toFieldErrors, ValidationError, type Language } from '#core';
import { AuditService, readsOrganization, type Actor } from '#identity';
import {
  AchievementService,
  CreateAchievementDto,
  CreateDemandDto,
  DemandService,
  PostingDuplicateFinder,
} from '#postings';
import type { PostingImportDto } from './dto/posting-import.dto.js';
import { fieldLabel } from './field-labels.js';
import { PostingImport, type ImportKind, type ImportRowRecord } from './posting-import.entity.js';

/** One posting to import, with the number the report names it by. */
export interface ImportInputRow {
  row: number;
  values: Record<string, unknown>;
}

/** Rows per import: a list a person keeps, not a data migration. */
export const MAX_IMPORT_ROWS = 500;

/**
 * Imports a list of demands or achievements into the organization the caller acts for. Every row is
 * validated with the DTO the forms use, checked against the organization's postings (and the rows
 * created before it) for a near-same title or text, and created as a draft through the kind's own
 * service, which applies the same ownership rules as the form. The report names every row's outcome.
 */
@Injectable()
export class PostingImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandService,
    private readonly achievements: AchievementService,
    private readonly duplicates: PostingDuplicateFinder,
    private readonly audit: AuditService,
  ) {}

  /** `rows` carry the number the report gives each: its place in a JSON list, its Excel row in a sheet. */
  async run(
    actor: Actor,
    kind: ImportKind,
    rows: ImportInputRow[],
    format: 'json' | 'xlsx',
    lang: Language,
  ): Promise<PostingImportDto> {
    const organizationId = actor.organizationId;
    if (!organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    if (rows.length === 0) throw new ValidationError([{ field: 'rows', code: 'arrayNotEmpty' }]);
    if (rows.length > MAX_IMPORT_ROWS)
      throw new ValidationError([{ field: 'rows', code: 'arrayMaxSize', params: { max: MAX_IMPORT_ROWS } }]);

    const report: ImportRowRecord[] = [];
    for (const { row, values } of rows) {
      report.push(await this.importRow(actor, organizationId, kind, row, values, lang));
    }
    const count = (outcome: ImportRowRecord['outcome']) => report.filter((r) => r.outcome === outcome).length;
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(PostingImport, {
          organizationId,
          createdBy: actor.userId,
          kind,
          format,
          totalRows: rows.length,
          createdCount: count('created'),
          duplicateCount: count('duplicate'),
          errorCount: count('error'),
          rows: report,
        }),
      );
      await this.audit.record(manager, {
        action: 'posting-import.completed',
        subjectType: 'posting-import',
        subjectId: saved.id,
        organizationId,
        actorUserId: actor.userId,
        data: { kind, rows: rows.length, created: saved.createdCount },
        ip: actor.ip,
      });
      return saved.id;
    });
    return this.get(actor, id, lang);
  }

  async get(actor: Actor, id: string, lang: Language): Promise<PostingImportDto> {
    const found = await this.dataSource.getRepository(PostingImport).findOneBy({ id });
    if (!found || !readsOrganization(actor, found.organizationId))
      throw new NotFoundError('import-not-found');
    return {
      id: found.id,
      kind: found.kind,
      format: found.format,
      totalRows: found.totalRows,
      createdCount: found.createdCount,
      duplicateCount: found.duplicateCount,
      errorCount: found.errorCount,
      createdAt: found.createdAt,
      rows: found.rows.map((row) => ({
        ...row,
        errors: row.errors?.map((e) => ({
          ...e,
          label: fieldLabel(found.kind, e.field, lang),
          message: `${fieldLabel(found.kind, e.field, lang)}: ${fieldMessage(lang, e)}`,
        })),
      })),
    };
  }

  private async importRow(
    actor: Actor,
    organizationId: string,
    kind: ImportKind,
    row: number,
    values: Record<string, unknown>,
    lang: Language,
  ): Promise<ImportRowRecord> {
    const plain = { visibility: 'public', ...values };
    const input: CreateDemandDto | CreateAchievementDto =
      kind === 'demand'
        ? plainToInstance(CreateDemandDto, plain)
        : plainToInstance(CreateAchievementDto, plain);
    const problems = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length > 0) return { row, outcome: 'error', errors: toFieldErrors(problems) };
    const text = input instanceof CreateDemandDto ? input.description : input.abstract;
    const similar = await this.duplicates.find(kind, organizationId, input.title, text);
    if (similar) return { row, outcome: 'duplicate', duplicateOf: similar };
    try {
      const created =
        input instanceof CreateDemandDto
          ? await this.demands.create(actor, input, lang)
          : await this.achievements.create(actor, input, lang);
      return { row, outcome: 'created', id: created.id };
    } catch (error) {
      // A rule the DTO cannot see (a code list's cross-check, the caller's rights): this row's error.
      // Anything else (the caller may not post this kind at all) refuses the whole import.
      if (error instanceof ValidationError) return { row, outcome: 'error', errors: error.fieldErrors };
      throw error;
    }
  }
}
