import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsObject } from 'class-validator';
import { EnumField } from '#core';
import {
  IMPORT_KINDS,
  IMPORT_ROW_OUTCOMES,
  type ImportKind,
  type ImportRowOutcome,
} from '../posting-import.entity.js';

/** Largest list one request may carry (PostingImportService checks the same). */
const MAX_ROWS = 500;

export class CreatePostingImportDto {
  @EnumField(IMPORT_KINDS, { description: 'What the rows are: demands or achievements' })
  kind: ImportKind;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    maxItems: MAX_ROWS,
    description:
      'One object per posting, with the fields of POST /api/v1/demands or /api/v1/achievements (visibility defaults to public)',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ROWS)
  @IsObject({ each: true })
  rows: Record<string, unknown>[];
}

export class ImportKindQueryDto {
  @EnumField(IMPORT_KINDS, { description: 'What the sheet’s rows are: demands or achievements' })
  kind: ImportKind;
}

export class ImportRowErrorDto {
  @ApiProperty({ description: 'The field (contact.name for nested ones)' }) field: string;
  @ApiProperty({ description: 'The form’s label of the field, in the request’s language' }) label: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Label and problem, in the request’s language' }) message: string;
}

export class ImportDuplicateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Title similarity, 0–1' }) similarity: number;
}

export class ImportRowDto {
  @ApiProperty({
    type: 'integer',
    description: '1-based position in a JSON list; the Excel row number in a sheet',
  })
  row: number;
  @ApiProperty({ enum: IMPORT_ROW_OUTCOMES }) outcome: ImportRowOutcome;
  @ApiPropertyOptional({ format: 'uuid', description: 'The draft created from the row' }) id?: string;
  @ApiPropertyOptional({ type: ImportDuplicateDto, description: 'The existing posting the row repeats' })
  duplicateOf?: ImportDuplicateDto;
  @ApiPropertyOptional({ type: [ImportRowErrorDto] }) errors?: ImportRowErrorDto[];
}

export class PostingImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty({ enum: ['json', 'xlsx'] }) format: 'json' | 'xlsx';
  @ApiProperty({ type: 'integer' }) totalRows: number;
  @ApiProperty({ type: 'integer' }) createdCount: number;
  @ApiProperty({ type: 'integer' }) duplicateCount: number;
  @ApiProperty({ type: 'integer' }) errorCount: number;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: [ImportRowDto] }) rows: ImportRowDto[];
}
