import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_STATUSES, type ImportStatus } from '../imports/expert-import.entity.js';

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Row number as Excel shows it; 0 for the file as a whole' }) row: number;
  @ApiProperty({ example: 'fields' }) field: string;
  @ApiProperty({ example: 'isTechField' }) code: string;
  @ApiProperty({ example: '技术领域代码无效' }) message: string;
}

export class ExpertImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
  @ApiProperty() totalRows: number;
  @ApiProperty() processedRows: number;
  @ApiProperty() importedCount: number;
  @ApiProperty({
    type: [ImportRowErrorDto],
    description: 'Empty unless the import failed; nothing was imported then',
  })
  errors: ImportRowErrorDto[];
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) finishedAt: Date | null;
}
