import { ApiProperty } from '@nestjs/swagger';
import { FILE_PURPOSES, type FilePurpose } from '../file-owners.js';

export class FileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '技术规格书.pdf' }) name: string;
  @ApiProperty({ enum: FILE_PURPOSES }) purpose: FilePurpose;
  @ApiProperty({ example: 'application/pdf', description: 'Sniffed from the content' })
  contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() createdAt: Date;
}

export class FileListDto {
  @ApiProperty({ type: [FileDto] }) items: FileDto[];
  @ApiProperty({
    description:
      'The owner is shown redacted (a confidential posting without an access grant): files withheld',
  })
  withheld: boolean;
  @ApiProperty({ description: 'The caller may upload and delete' }) canEdit: boolean;
  @ApiProperty({ description: 'Files an owner may hold (FILES_MAX_PER_OWNER)' }) maxFiles: number;
  @ApiProperty({ description: 'Largest file in MB (FILES_MAX_SIZE_MB)' }) maxSizeMb: number;
  @ApiProperty({ enum: FILE_PURPOSES, isArray: true, description: 'Purposes this owner takes' })
  purposes: FilePurpose[];
}

/** The multipart body of an upload, for the OpenAPI document (the route reads it as a stream). */
export class UploadFilesDto {
  @ApiProperty({ enum: FILE_PURPOSES, description: 'Sent before the files' }) purpose: FilePurpose;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    description: 'One or more files: PDF, Office (docx, xlsx, pptx, odt, ods, odp) or images',
  })
  file: string[];
}
