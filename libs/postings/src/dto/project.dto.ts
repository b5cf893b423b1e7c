import { ApiProperty, PartialType } from '@nestjs/swagger';
import { OwnAccessRequestDto } from './demand.dto.js';
import { Type } from 'class-transformer';
import { DecimalField, EnumField, RegionCodeField, TagsField, TechFieldsField, TextField } from '#core';
import { PROJECT_STAGES, type ProjectStage } from '../projects/project.entity.js';
import { CatalogueQueryDto, CatalogueSummaryDto, TeaserField, WAN, WithVisibility } from './catalogue.dto.js';

const STAGE_NAMES = 'seed 种子, angel 天使, pre-a Pre-A, a A 轮, b B 轮, c-plus C 轮及以后, pre-ipo Pre-IPO';

class EditableProjectFields extends TeaserField {
  @TextField({ max: 100, example: '工业视觉缺陷检测平台' })
  title: string;

  @TextField({ max: 3000, example: '面向 3C 制造的深度学习视觉检测系统……' })
  summary: string;

  @TechFieldsField({ minItems: 1, maxItems: 5 })
  fields: string[];

  @TagsField({ maxItems: 10, maxLength: 20, optional: true, example: ['机器视觉'] })
  keywords?: string[];

  @EnumField(PROJECT_STAGES, { description: STAGE_NAMES })
  stage: ProjectStage;

  @DecimalField({ ...WAN, min: 1, description: '万元 sought in this round' })
  amountSoughtWan: number;

  @TextField({ max: 1000, optional: true, description: '资金用途' })
  useOfFunds?: string;

  @TextField({ max: 1000, optional: true, description: '团队' })
  team?: string;

  @TextField({ max: 1000, optional: true, description: '市场进展 (customers, revenue, pilots)' })
  traction?: string;

  @RegionCodeField()
  regionCode: string;
}

export class CreateProjectDto extends WithVisibility(EditableProjectFields) {}

export class UpdateProjectDto extends PartialType(EditableProjectFields) {}

export class ProjectQueryDto extends CatalogueQueryDto {
  @EnumField(PROJECT_STAGES, { optional: true })
  stage?: ProjectStage;

  @Type(() => Number)
  @DecimalField({ ...WAN, optional: true, description: 'Seeking at least this many 万元' })
  amountMinWan?: number;

  @Type(() => Number)
  @DecimalField({ ...WAN, optional: true, description: 'Seeking at most this many 万元' })
  amountMaxWan?: number;
}

export class ProjectSummaryDto extends CatalogueSummaryDto {
  @ApiProperty() title: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: PROJECT_STAGES }) stage: ProjectStage;
  @ApiProperty({ type: 'number', nullable: true, description: '万元' }) amountSoughtWan: number | null;
}

export class ProjectDto extends ProjectSummaryDto {
  @ApiProperty({ type: 'string', nullable: true }) summary: string | null;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: 'string', nullable: true }) useOfFunds: string | null;
  @ApiProperty({ type: 'string', nullable: true }) team: string | null;
  @ApiProperty({ type: 'string', nullable: true }) traction: string | null;
  @ApiProperty({ type: 'string', nullable: true }) rejectionReason: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'The NDA an access request accepts' })
  ndaText: string | null;
  @ApiProperty({ type: OwnAccessRequestDto, nullable: true }) accessRequest: OwnAccessRequestDto | null;
}

export class ProjectPageDto {
  @ApiProperty({ type: [ProjectSummaryDto] }) items: ProjectSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}
