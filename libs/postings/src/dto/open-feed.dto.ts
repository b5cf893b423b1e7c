import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ACHIEVEMENT_MATURITIES, TRANSFER_MODES } from '../achievements/achievement.entity.js';
import {
  COOPERATION_MODES,
  DEMAND_CATEGORIES,
  DEMAND_STATUSES,
  type CooperationMode,
  type DemandCategory,
  type DemandStatus,
} from '../demands/demand.entity.js';
import type { AchievementMaturity, TransferMode } from '../achievements/achievement.entity.js';

export class OpenFeedQueryDto {
  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page; omit to start from the beginning',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  since?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/** A posting that left the board (closed, expired, archived, back in moderation): remove it. */
export class OpenTombstoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [true] }) deleted: true;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: Date;
}

class OpenRecordBase {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [false] }) deleted: false;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time' }) publishedAt: Date;
  @ApiProperty({ description: 'Confidential: only the teaser is published, the content is withheld' })
  redacted: boolean;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'string', nullable: true }) teaser: string | null;
  @ApiProperty({ type: [String], description: 'Technology field codes' }) fields: string[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: 'string', nullable: true, description: 'GB/T 2260; a province only when redacted' })
  regionCode: string | null;
}

/** A demand of the 难题榜 as other platforms may publish it (schema: /api/v1/open/schemas/demand.json). */
export class OpenDemandRecordDto extends OpenRecordBase {
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ enum: DEMAND_CATEGORIES }) category: DemandCategory;
  @ApiProperty({ type: 'string', nullable: true, description: 'GB/T 4754 code' }) industryCode: string | null;
  @ApiProperty({ type: 'number', nullable: true, description: '万元' }) budgetMinWan: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: '万元' }) budgetMaxWan: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) trlRequired: number | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ enum: DEMAND_STATUSES }) status: DemandStatus;
}

/** An achievement as other platforms may publish it (schema: /api/v1/open/schemas/achievement.json). */
export class OpenAchievementRecordDto extends OpenRecordBase {
  @ApiProperty({ type: 'string', nullable: true, name: 'abstract' }) abstract: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 9 }) trl: number;
  @ApiProperty({ enum: ACHIEVEMENT_MATURITIES }) maturity: AchievementMaturity;
  @ApiProperty({ enum: TRANSFER_MODES, isArray: true }) transferModes: TransferMode[];
  @ApiProperty({ type: 'number', nullable: true, description: '万元' }) priceWan: number | null;
}

export interface OpenFeedPageDto<R> {
  items: (R | OpenTombstoneDto)[];
  nextCursor: string | null;
  hasMore: boolean;
}

class OpenFeedPageBase {
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as `since` to read what changed after this page; null only before anything was listed',
  })
  nextCursor: string | null;
  @ApiProperty() hasMore: boolean;
}

export class OpenDemandFeedDto extends OpenFeedPageBase implements OpenFeedPageDto<OpenDemandRecordDto> {
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: '#/components/schemas/OpenDemandRecordDto' },
        { $ref: '#/components/schemas/OpenTombstoneDto' },
      ],
    },
  })
  items: (OpenDemandRecordDto | OpenTombstoneDto)[];
}

export class OpenAchievementFeedDto
  extends OpenFeedPageBase
  implements OpenFeedPageDto<OpenAchievementRecordDto>
{
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: '#/components/schemas/OpenAchievementRecordDto' },
        { $ref: '#/components/schemas/OpenTombstoneDto' },
      ],
    },
  })
  items: (OpenAchievementRecordDto | OpenTombstoneDto)[];
}
