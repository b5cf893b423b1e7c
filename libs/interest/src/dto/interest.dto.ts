import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { BooleanField, EnumField, POSTING_KINDS, TextField, UuidField, type PostingKind } from '#core';
import { MESSAGE_MAX_LENGTH } from '#conversations';

/** One of the interested organization's own postings. */
export class OfferedPostingDto {
  @EnumField(POSTING_KINDS)
  kind: PostingKind;

  @UuidField()
  id: string;
}

export class ExpressInterestDto {
  @TextField({
    min: 1,
    max: MESSAGE_MAX_LENGTH,
    description: 'Why the organization wants to work with the owner',
  })
  message: string;

  @ApiPropertyOptional({
    type: OfferedPostingDto,
    description:
      'One of the acting organization’s own postings it brings (an investor’s offer on a project…)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OfferedPostingDto)
  offer?: OfferedPostingDto;
}

export class InterestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The thread with the owner: opened now, or the one there was' })
  conversationId: string;
  @ApiProperty({ description: 'How many more the acting organization may send today' })
  remainingToday: number;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

export class BlockOrganizationDto {
  @UuidField({ description: 'The organization whose 我要对接 the acting organization refuses' })
  organizationId: string;

  @BooleanField({ optional: true, description: 'Also report it to the platform’s staff' })
  report?: boolean;

  @TextField({ max: 500, optional: true, description: 'What happened (for the staff, with a report)' })
  note?: string;
}

export class InterestBlockDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() reported: boolean;
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

/** A report, as the platform's staff read it. */
export class InterestReportDto extends InterestBlockDto {
  @ApiProperty({ format: 'uuid' }) reporterOrganizationId: string;
  @ApiProperty() reporterOrganizationName: string;
}
