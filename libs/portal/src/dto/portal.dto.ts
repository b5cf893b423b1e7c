import { ApiProperty } from '@nestjs/swagger';

import { EnumField, PageCursorField, PageLimitField, RegionCodeField, TextField } from '#core';
import { ORGANIZATION_TYPES, type OrganizationType } from '#identity';
import {
  AchievementSummaryDto,
  DemandSummaryDto,
  FinancingOfferSummaryDto,
  ProjectSummaryDto,
} from '#postings';

export class DirectoryQueryDto {
  @EnumField(ORGANIZATION_TYPES, {
    optional: true,
    description:
      'university (universities and institutes), investor, service_agency, …; every type if left out',
  })
  type?: OrganizationType;

  @TextField({
    max: 50,
    optional: true,
    description: 'Words in the name (an organization picker types here)',
  })
  q?: string;

  @RegionCodeField({ optional: true, description: 'Matches the region and everything under it' })
  regionCode?: string;

  @PageLimitField() limit?: number;

  @PageCursorField() cursor?: string;
}

/** A verified organization as anyone may see it. */
export class DirectoryEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
}

export class DirectoryPageDto {
  @ApiProperty({ type: [DirectoryEntryDto] }) items: DirectoryEntryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

/** An organization's public page: who it is, whether the platform verified it, what it has published. */
export class OrganizationProfileDto extends DirectoryEntryDto {
  @ApiProperty({ description: 'The platform checked its business licence (认证机构)' }) verified: boolean;
  @ApiProperty({ type: [DemandSummaryDto], description: 'Its newest listed demands the caller may see' })
  demands: DemandSummaryDto[];
  @ApiProperty({ type: [AchievementSummaryDto] }) achievements: AchievementSummaryDto[];
  @ApiProperty({ type: [ProjectSummaryDto] }) projects: ProjectSummaryDto[];
  @ApiProperty({ type: [FinancingOfferSummaryDto] }) financingOffers: FinancingOfferSummaryDto[];
}

/** Live figures of the platform for the public home page. */
export class PortalFiguresDto {
  @ApiProperty({ description: 'Listed demands, achievements, projects and financing offers' })
  postings: number;
  @ApiProperty({ description: 'Matches made' }) matches: number;
  @ApiProperty({ description: 'Verified organizations' }) organizations: number;
  @ApiProperty({ description: 'Deals confirmed by both parties' }) deals: number;
}

/** Who runs the platform, as the user agreement and the privacy policy name them (OPERATOR_NAME…). */
export class PortalOperatorDto {
  @ApiProperty({ description: 'The operator: party to the user agreement and personal information handler' })
  name: string;
  @ApiProperty({ description: 'The personal information protection officer’s address' })
  privacyContactEmail: string;
}
