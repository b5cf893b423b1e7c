import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { CHALLENGE_STATUSES, type ChallengeStatus } from '../challenges/challenge.entity.js';
import {
  BooleanField,
  DateField,
  DecimalField,
  EmailField,
  EnumArrayField,
  EnumField,
  IndustryCodeField,
  IntField,
  MineField,
  PageCursorField,
  PageLimitField,
  RegionCodeField,
  TagsField,
  TechFieldsField,
  TextField,
} from '#core';
import {
  COOPERATION_MODES,
  DEMAND_CATEGORIES,
  DEMAND_STATUSES,
  VISIBILITIES,
  type CooperationMode,
  type DemandCategory,
  type DemandStatus,
  type Visibility,
} from '../demands/demand.entity.js';
import { ACCESS_REQUEST_STATUSES, type AccessRequestStatus } from '../access/access-request.entity.js';

/** 万元 amounts: up to 10 亿元, four decimals (one 元). */
const WAN = { min: 0, max: 100_000, decimals: 4 } as const;

export class ContactDto {
  @TextField({ max: 50, example: '王强' })
  name: string;

  @TextField({ max: 30, optional: true, example: '025-12345678' })
  phone?: string;

  @EmailField({ optional: true })
  email?: string;
}

/** An optional contact person of a posting, validated as a whole. */
export function ContactField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: ContactDto }),
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(() => ContactDto),
  );
}

export class AttachmentDto {
  @TextField({ max: 200, example: '工艺说明.pdf' })
  name: string;

  @IntField({ min: 0, max: 100 * 1024 * 1024 })
  sizeBytes: number;

  @TextField({ max: 100, example: 'application/pdf' })
  mimeType: string;
}

/** Everything an owner may edit. Status, owner and visibility are deliberately absent. */
class EditableDemandFields {
  @TextField({ max: 100, example: '高镍三元正极材料循环寿命提升' })
  title: string;

  @TextField({ max: 5000, example: '现有 NCM811 电芯 1000 次循环后容量保持率低于 80%……' })
  description: string;

  @EnumField(DEMAND_CATEGORIES, {
    description:
      'common 行业共性技术, chokepoint 卡脖子关键技术, shortboard 竞争短板技术, efficiency 提质增效核心技术',
  })
  category: DemandCategory;

  @IndustryCodeField({ optional: true })
  industryCode?: string;

  @TechFieldsField({
    minItems: 1,
    maxItems: 5,
    description: 'Technology field codes (GET /api/v1/reference/tech-fields)',
  })
  fields: string[];

  @TagsField({ maxItems: 10, maxLength: 20, optional: true, example: ['锂离子电池', '正极材料'] })
  keywords?: string[];

  @RegionCodeField({
    optional: true,
    description:
      'Where the problem is (GB/T 2260); omit it (or null on an edit) for a nationwide demand (全国)',
  })
  regionCode?: string | null;

  @BooleanField({
    optional: true,
    description:
      '地域要求: only suppliers from the demand’s own province fit (needs a regionCode); false by default',
  })
  regionRequired?: boolean;

  @DecimalField({ ...WAN, optional: true, description: '万元' })
  budgetMinWan?: number;

  @DecimalField({ ...WAN, optional: true, description: '万元' })
  budgetMaxWan?: number;

  @IntField({ min: 1, max: 9, optional: true, description: 'Technology readiness level required' })
  trlRequired?: number;

  @DateField({ optional: true, description: 'Must be after today' })
  deadline?: string;

  @EnumArrayField(COOPERATION_MODES, { minItems: 1 })
  cooperationModes: CooperationMode[];

  @TextField({ max: 200, optional: true, description: 'Shown instead of the content when confidential' })
  teaser?: string;

  @TextField({ max: 5000, optional: true, description: 'NDA a requester must accept (confidential demands)' })
  ndaText?: string;

  @ContactField()
  contact?: ContactDto;

  @ApiPropertyOptional({ type: [AttachmentDto], maxItems: 10 })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];
}

export class VisibilityDto {
  @EnumField(VISIBILITIES)
  visibility: Visibility;
}

/** The editable fields and the visibility a posting starts with. */
export class CreateDemandDto extends IntersectionType(EditableDemandFields, VisibilityDto) {}

export class UpdateDemandDto extends PartialType(EditableDemandFields) {}

export class RejectDemandDto {
  @TextField({ max: 500, example: '描述过于笼统，请补充技术指标' })
  reason: string;
}

export class CloseDemandDto {
  @TextField({ max: 500, optional: true })
  reason?: string;
}

export const DEMAND_SORTS = ['newest', 'views', 'deadline'] as const;
export type DemandSort = (typeof DEMAND_SORTS)[number];

export class DemandQueryDto {
  @EnumField(DEMAND_CATEGORIES, { optional: true })
  category?: DemandCategory;

  @IndustryCodeField({ optional: true })
  industryCode?: string;

  @RegionCodeField({ optional: true, description: 'Matches the region and everything under it' })
  regionCode?: string;

  @TextField({ max: 20, optional: true, description: 'A technology field code' })
  field?: string;

  @TextField({ max: 50, optional: true, description: 'Words in the title, teaser or keywords' })
  q?: string;

  @EnumField(DEMAND_SORTS, { optional: true })
  sort?: DemandSort;

  @MineField('The acting organization’s own demands, every status') mine?: 'true' | 'false';

  @PageLimitField() limit?: number;

  @PageCursorField() cursor?: string;
}

export class AccessRequestInputDto {
  @ApiProperty({ enum: [true], description: 'The requester accepts the demand’s NDA text' })
  @IsDefined()
  @IsIn([true])
  ndaAccepted: true;

  @TextField({ max: 500, optional: true })
  message?: string;
}

export class RefuseAccessDto {
  @TextField({ max: 500, optional: true })
  reason?: string;
}

export class DemandSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DEMAND_CATEGORIES }) category: DemandCategory;
  @ApiProperty({ type: 'string', nullable: true }) industryCode: string | null;
  @ApiProperty({ type: 'string', nullable: true }) industryName: string | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) fieldNames: string[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Null for a nationwide demand (全国)' })
  regionCode: string | null;
  @ApiProperty({ description: 'The region’s name, 全国 / Nationwide when it has none' }) regionName: string;
  @ApiProperty({ description: '地域要求: only suppliers from its own province fit' }) regionRequired: boolean;
  @ApiProperty({ type: 'number', nullable: true }) budgetMinWan: number | null;
  @ApiProperty({ type: 'number', nullable: true }) budgetMaxWan: number | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: DEMAND_STATUSES }) status: DemandStatus;
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
  @ApiProperty({ description: 'True when confidential content is withheld from the caller' })
  redacted: boolean;
  @ApiProperty({ type: 'string', nullable: true }) teaser: string | null;
  @ApiProperty() viewCount: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: Date;
  @ApiProperty({ type: 'string', nullable: true }) organizationName: string | null;
}

export class OwnAccessRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACCESS_REQUEST_STATUSES }) status: AccessRequestStatus;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
}

export class DemandDto extends DemandSummaryDto {
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: 'integer', nullable: true }) trlRequired: number | null;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ type: ContactDto, nullable: true }) contact: ContactDto | null;
  @ApiProperty({ type: 'string', nullable: true }) ndaText: string | null;
  @ApiProperty({ type: 'string', nullable: true }) rejectionReason: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty({
    enum: CHALLENGE_STATUSES,
    nullable: true,
    description: 'Its 揭榜挂帅 call’s status, null when it has none (or the caller sees a teaser)',
  })
  challengeStatus: ChallengeStatus | null;
  @ApiProperty({ type: OwnAccessRequestDto, nullable: true }) accessRequest: OwnAccessRequestDto | null;
}

export class DemandPageDto {
  @ApiProperty({ type: [DemandSummaryDto] }) items: DemandSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

export class AccessRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: ACCESS_REQUEST_STATUSES }) status: AccessRequestStatus;
  @ApiProperty({ type: 'string', nullable: true }) message: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) ndaAcceptedAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) decidedAt: Date | null;
  @ApiProperty({ type: 'string', nullable: true }) reason: string | null;
}
