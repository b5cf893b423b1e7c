import { ApiProperty } from '@nestjs/swagger';
import { RegionCodeField } from '#core';

export class ServiceOrganizationQueryDto {
  @RegionCodeField({ optional: true, description: 'Only organizations in this province, city or county' })
  regionCode?: string;
}

/** Indicators computed from an organization's records, never typed in (docs/REPORTING.md). */
export class ServiceIndicatorsDto {
  @ApiProperty({ description: 'Distinct enterprises visited or served (走访、服务日志)' })
  enterprisesServed: number;
  @ApiProperty({ description: 'Enterprise visits (走访档案)' }) visits: number;
  @ApiProperty({ description: 'Needs found on visits (挖掘需求)' }) needsFound: number;
  @ApiProperty({ description: 'Needs drafted into demands on the enterprise’s behalf (需求征集)' })
  demandsCollected: number;
  @ApiProperty({ description: 'Hours of logged service' }) serviceHours: number;
  @ApiProperty({ description: 'Matches the organization is party of (its experts’, postings’)' })
  matches: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Share of those matches a party contacted (0–1, three decimals), null with none',
  })
  matchesContactedShare: number | null;
  @ApiProperty({ description: 'Deals both parties confirmed that the organization is party of' })
  deals: number;
  @ApiProperty({ description: 'Their contract value, 万元' }) dealValueWan: number;
  @ApiProperty({ description: 'Ratings received (服务评价)' }) ratings: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'Their average score (1–5), null with none' })
  averageRating: number | null;
}

export class ServiceOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['society', 'service_agency'] }) type: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ type: ServiceIndicatorsDto }) indicators: ServiceIndicatorsDto;
}
