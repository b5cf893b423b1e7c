import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { EnumField, IntField, RegionCodeField, TextField } from '#core';
import {
  CATALOGUE_STATUSES,
  VISIBILITIES,
  type CatalogueStatus,
  type Visibility,
} from '../catalogue/catalogue-posting.entity.js';

/** 万元 amounts: up to 10 亿元, four decimals (one 元). */
export const WAN = { min: 0, max: 100_000, decimals: 4 } as const;

/** The list filters and paging every catalogue kind accepts; each kind's query adds its own. */
export class CatalogueQueryDto {
  @RegionCodeField({ optional: true, description: 'Matches the region and everything under it' })
  regionCode?: string;

  @TextField({
    max: 20,
    optional: true,
    description: 'A technology field code (a top field matches its subfields)',
  })
  field?: string;

  @TextField({
    max: 50,
    optional: true,
    description: 'Words in the title or teaser (and, unless confidential, the body)',
  })
  q?: string;

  @EnumField(['newest', 'views'] as const, { optional: true })
  sort?: 'newest' | 'views';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'The acting organization’s own postings, every status',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @Type(() => Number)
  @IntField({ min: 1, max: 100, optional: true, description: 'Page size, 20 by default' })
  limit?: number;

  @TextField({ max: 200, optional: true, description: 'nextCursor of the previous page' })
  cursor?: string;
}

/** Shared by every kind's editable fields. */
export class TeaserField {
  @TextField({ max: 200, optional: true, description: 'Shown instead of the content when confidential' })
  teaser?: string;
}

export class CatalogueVisibilityDto {
  @EnumField(VISIBILITIES)
  visibility: Visibility;
}

export class RejectPostingDto {
  @TextField({ max: 500, example: '信息不完整，请补充专利与转化方式' })
  reason: string;
}

export class CatalogueSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CATALOGUE_STATUSES }) status: CatalogueStatus;
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
  @ApiProperty({ description: 'True when confidential content is withheld from the caller' })
  redacted: boolean;
  @ApiProperty({ type: 'string', nullable: true }) teaser: string | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) fieldNames: string[];
  @ApiProperty() viewCount: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: Date;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) organizationName: string | null;
}
