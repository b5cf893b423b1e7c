import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { OwnAccessRequestDto } from './demand.dto.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import {
  DecimalField,
  EnumArrayField,
  EnumField,
  IntField,
  PatentNumberField,
  RegionCodeField,
  TagsField,
  TechFieldsField,
  TextField,
} from '#core';
import {
  ACHIEVEMENT_MATURITIES,
  PATENT_STATUSES,
  PATENT_TYPES,
  TRANSFER_MODES,
  type AchievementMaturity,
  type PatentStatus,
  type PatentType,
  type TransferMode,
} from '../achievements/achievement.entity.js';
import { CatalogueQueryDto, CatalogueSummaryDto, TeaserField, WAN, WithVisibility } from './catalogue.dto.js';
import { ContactDto, ContactField } from './demand.dto.js';

export class PatentDto {
  @PatentNumberField()
  number: string;

  @EnumField(PATENT_TYPES, { description: 'invention 发明, utility 实用新型, design 外观设计' })
  type: PatentType;

  @EnumField(PATENT_STATUSES, { description: 'pending 申请中, granted 已授权, lapsed 已失效' })
  status: PatentStatus;
}

class EditableAchievementFields extends TeaserField {
  @TextField({ max: 100, example: '固态电解质界面改性技术' })
  title: string;

  @TextField({ max: 5000, example: '通过原子层沉积在正极表面构筑……' })
  abstract: string;

  @TechFieldsField({ minItems: 1, maxItems: 5 })
  fields: string[];

  @TagsField({ maxItems: 10, maxLength: 20, optional: true, example: ['固态电池'] })
  keywords?: string[];

  @IntField({ min: 1, max: 9, description: 'Technology readiness level 1–9' })
  trl: number;

  @EnumField(ACHIEVEMENT_MATURITIES, { description: 'lab 实验室, bench 小试, pilot 中试, industrial 产业化' })
  maturity: AchievementMaturity;

  @EnumArrayField(TRANSFER_MODES, {
    minItems: 1,
    description: 'transfer 转让, licensing 许可, equity 作价入股, co-development 合作开发',
  })
  transferModes: TransferMode[];

  @DecimalField({ ...WAN, optional: true, description: '万元; leave out for 面议 (negotiable)' })
  priceWan?: number;

  @RegionCodeField()
  regionCode: string;

  @ApiPropertyOptional({ type: [PatentDto], maxItems: 20 })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PatentDto)
  patents?: PatentDto[];

  @ContactField()
  contact?: ContactDto;
}

export class CreateAchievementDto extends WithVisibility(EditableAchievementFields) {}

export class UpdateAchievementDto extends PartialType(EditableAchievementFields) {}

export class AchievementQueryDto extends CatalogueQueryDto {
  @EnumField(ACHIEVEMENT_MATURITIES, { optional: true })
  maturity?: AchievementMaturity;

  @EnumField(TRANSFER_MODES, { optional: true })
  transferMode?: TransferMode;

  @Type(() => Number)
  @IntField({ min: 1, max: 9, optional: true, description: 'At least this TRL' })
  trlMin?: number;
}

export class AchievementSummaryDto extends CatalogueSummaryDto {
  @ApiProperty() title: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() trl: number;
  @ApiProperty({ enum: ACHIEVEMENT_MATURITIES }) maturity: AchievementMaturity;
  @ApiProperty({ enum: TRANSFER_MODES, isArray: true }) transferModes: TransferMode[];
  @ApiProperty({ type: 'number', nullable: true, description: '万元; null with priceNegotiable is 面议' })
  priceWan: number | null;
  @ApiProperty() priceNegotiable: boolean;
}

export class AchievementDto extends AchievementSummaryDto {
  @ApiProperty({ type: 'string', nullable: true }) abstract: string | null;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: [PatentDto] }) patents: PatentDto[];
  @ApiProperty({ type: ContactDto, nullable: true }) contact: ContactDto | null;
  @ApiProperty({ type: 'string', nullable: true }) rejectionReason: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'The NDA an access request accepts' })
  ndaText: string | null;
  @ApiProperty({ type: OwnAccessRequestDto, nullable: true }) accessRequest: OwnAccessRequestDto | null;
}

export class AchievementPageDto {
  @ApiProperty({ type: [AchievementSummaryDto] }) items: AchievementSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}
