import type { Type } from '@nestjs/common';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { EnumField, MineField, PageCursorField, PageLimitField, RegionCodeField, TextField } from '#core';
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

  @MineField('The acting organization’s own postings, every status') mine?: 'true' | 'false';

  @PageLimitField() limit?: number;

  @PageCursorField() cursor?: string;
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

/** A kind's create DTO: its editable fields and the visibility a posting starts with. */
export function WithVisibility<T>(fields: Type<T>): Type<T & CatalogueVisibilityDto> {
  // IntersectionType's own type loses a generic class's fields.
  return IntersectionType(fields, CatalogueVisibilityDto) as Type<T & CatalogueVisibilityDto>;
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
