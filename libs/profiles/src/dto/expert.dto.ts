import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  BooleanField,
  EmailField,
  EnumArrayField,
  EnumField,
  RegionCodeField,
  RegionCodesField,
  TagsField,
  TechFieldsField,
  TextField,
  UuidField,
} from '#core';
import {
  CatalogueQueryDto,
  CatalogueSummaryDto,
  WithVisibility,
  OwnAccessRequestDto,
  TeaserField,
} from '#postings';
import {
  AVAILABILITIES,
  SERVICE_MODES,
  type Availability,
  type ServiceMode,
} from '../experts/expert.entity.js';

/** Everything a society (or the claimed expert) may edit. Status, owner and visibility are absent. */
export class EditableExpertFields extends TeaserField {
  @TextField({ max: 50, example: '张建国' })
  name: string;

  @TextField({ max: 50, description: '职称', example: '教授级高级工程师' })
  title: string;

  @TextField({ max: 100, example: '中国汽车技术研究中心' })
  affiliation: string;

  @TechFieldsField({ minItems: 1, maxItems: 5 })
  fields: string[];

  @TagsField({ maxItems: 10, maxLength: 20, optional: true, example: ['动力电池', '热管理'] })
  keywords?: string[];

  @RegionCodeField()
  regionCode: string;

  @RegionCodesField({ maxItems: 34, optional: true, description: 'Regions the expert serves' })
  regionCodesServed?: string[];

  @EnumArrayField(SERVICE_MODES, {
    minItems: 1,
    description: 'consulting 咨询, diagnosis 诊断, joint-rnd 合作研发, part-time 兼职, lecture 讲座',
  })
  serviceModes: ServiceMode[];

  @EnumField(AVAILABILITIES, { optional: true })
  availability?: Availability;

  @BooleanField({ optional: true, description: '科技特派员' })
  isCommissioner?: boolean;

  @TextField({ max: 2000, optional: true })
  bio?: string;

  @EmailField({ optional: true, description: 'Seen only by the society, the expert and moderators' })
  email?: string;

  @TextField({ max: 30, optional: true })
  phone?: string;

  @UuidField({ optional: true, description: 'One of the society’s service stations' })
  stationId?: string;
}

export class CreateExpertDto extends WithVisibility(EditableExpertFields) {}

export class UpdateExpertDto extends PartialType(EditableExpertFields) {}

export class ExpertQueryDto extends CatalogueQueryDto {
  @EnumField(SERVICE_MODES, { optional: true })
  serviceMode?: ServiceMode;

  @EnumField(AVAILABILITIES, { optional: true })
  availability?: Availability;

  @UuidField({ optional: true, description: 'Experts of one society' })
  societyId?: string;

  @UuidField({ optional: true, description: 'Experts of one service station' })
  stationId?: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  @ApiProperty({ enum: ['true', 'false'], required: false, description: '科技特派员 only' })
  commissioner?: 'true' | 'false';
}

export class ExpertSummaryDto extends CatalogueSummaryDto {
  @ApiProperty() name: string;
  @ApiProperty({ description: '职称' }) title: string;
  @ApiProperty() affiliation: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: SERVICE_MODES, isArray: true }) serviceModes: ServiceMode[];
  @ApiProperty({ enum: AVAILABILITIES }) availability: Availability;
  @ApiProperty() isCommissioner: boolean;
  @ApiProperty({ description: 'The expert has claimed this profile' }) claimed: boolean;
}

export class ExpertDto extends ExpertSummaryDto {
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: 'string', nullable: true }) bio: string | null;
  @ApiProperty({ type: [String] }) regionCodesServed: string[];
  @ApiProperty({ type: [String] }) regionNamesServed: string[];
  @ApiProperty({ type: 'string', nullable: true }) email: string | null;
  @ApiProperty({ type: 'string', nullable: true }) phone: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) stationId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) stationName: string | null;
  @ApiProperty({ type: 'string', nullable: true }) rejectionReason: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'The NDA an access request accepts' })
  ndaText: string | null;
  @ApiProperty({ type: OwnAccessRequestDto, nullable: true }) accessRequest: OwnAccessRequestDto | null;
  @ApiProperty() claimedByMe: boolean;
}

export class ExpertPageDto {
  @ApiProperty({ type: [ExpertSummaryDto] }) items: ExpertSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

export class ExpertClaimInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) expiresAt: Date;
}

export class ClaimExpertDto {
  @UuidField()
  claimId: string;

  @TextField({ max: 100 })
  token: string;
}
