import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  CreditCodeField,
  EmailField,
  EnumField,
  IndustryCodeField,
  IntField,
  pick,
  RegionCodeField,
  regionName,
  TextField,
  type Language,
} from '#core';
import { MEMBER_ROLES, type MemberRole } from '../organizations/membership.entity.js';
import {
  ORGANIZATION_TYPES,
  VERIFICATION_STATUSES,
  type Organization,
  type OrganizationType,
  type VerificationStatus,
} from '../organizations/organization.entity.js';

export class CreateOrganizationDto {
  @TextField({ max: 200, example: '江苏锂创新能源科技有限公司' })
  name: string;

  @EnumField(ORGANIZATION_TYPES)
  type: OrganizationType;

  @CreditCodeField({ description: '统一社会信用代码 (GB 32100-2015), verified by its check character' })
  creditCode: string;

  @RegionCodeField({ description: 'GB/T 2260 administrative division code' })
  regionCode: string;

  @IndustryCodeField({ optional: true, description: 'GB/T 4754-2017 section letter or two-digit division' })
  industryCode?: string;

  @TextField({ max: 2000, optional: true })
  description?: string;
}

export class UpdateOrganizationDto {
  @TextField({ max: 200, optional: true })
  name?: string;

  @RegionCodeField({ optional: true })
  regionCode?: string;

  @IndustryCodeField({ optional: true })
  industryCode?: string;

  @TextField({ max: 2000, optional: true })
  description?: string;
}

export class VerificationDecisionDto {
  @EnumField(['verified', 'rejected'] as const)
  status: 'verified' | 'rejected';

  @TextField({ max: 500, optional: true })
  note?: string;
}

export class ReviewQueueQueryDto {
  @EnumField(VERIFICATION_STATUSES, { optional: true })
  verificationStatus?: VerificationStatus;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() creditCode: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ description: 'Full region name, e.g. 江苏省 南京市 玄武区' }) regionName: string;
  @ApiProperty({ type: 'string', nullable: true }) industryCode: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;

  /** `lang` names the region (江苏省 南京市 / Nanjing, Jiangsu); everything else is as stored. */
  static from(o: Organization, lang: Language): OrganizationDto {
    return {
      ...pick(o, ['id', 'name', 'type', 'creditCode', 'regionCode']),
      regionName: regionName(o.regionCode, lang) ?? '',
      ...pick(o, ['industryCode', 'description', 'verificationStatus', 'verifiedAt', 'createdAt']),
    };
  }
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ type: 'string', format: 'date-time' }) joinedAt: Date;
}

export class ChangeRoleDto {
  @EnumField(MEMBER_ROLES)
  role: MemberRole;
}

export class CreateInvitationDto {
  @EmailField()
  email: string;

  @EnumField(MEMBER_ROLES, { optional: true, description: 'Defaults to member' })
  role?: MemberRole;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked'] }) status: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
}

export class InvitationPreviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked'] }) status: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) expiresAt: Date;
}

export class InvitationTokenDto {
  @TextField({ max: 100 })
  token: string;
}

export class InvitationPreviewQueryDto {
  @TextField({ max: 100 })
  token: string;
}

export class AcceptedInvitationDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
}

export class MembershipSummaryDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ type: OrganizationDto }) organization: OrganizationDto;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({
    description: 'False until the address is confirmed; until then only /me and resending work',
  })
  emailVerified: boolean;
  @ApiPropertyOptional({ enum: ['admin', 'moderator'], nullable: true, type: 'string' }) platformRole:
    string | null;
  @ApiProperty({ type: [MembershipSummaryDto] }) memberships: MembershipSummaryDto[];
}

/** `GET /organizations/search`: verified organizations by a part of the name or the 统一社会信用代码. */
export class OrganizationSearchQueryDto {
  @TextField({ max: 100, description: 'A part of the name, or the start of the 统一社会信用代码' })
  q: string;

  @EnumField(ORGANIZATION_TYPES, { optional: true, description: 'Only organizations of this type' })
  type?: OrganizationType;

  @Type(() => Number)
  @IntField({ min: 0, max: 10_000, optional: true, description: 'Rows to skip, 0 by default' })
  offset?: number;

  @Type(() => Number)
  @IntField({ min: 1, max: 50, optional: true, description: 'Page size, 20 by default' })
  limit?: number;
}

/** An organization as a picker lists it: enough to tell namesakes apart. */
export class OrganizationSearchHitDto extends PickType(OrganizationDto, [
  'id',
  'name',
  'type',
  'creditCode',
  'regionCode',
  'regionName',
] as const) {}

export class OrganizationSearchPageDto {
  @ApiProperty({ description: 'How many organizations match in all' }) total: number;
  @ApiProperty({ type: [OrganizationSearchHitDto] }) items: OrganizationSearchHitDto[];
}
