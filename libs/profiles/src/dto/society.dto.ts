import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CreditCodeField, IntField, RegionCodeField, TechFieldsField, TextField } from '#core';

class SocietyProfileFields {
  @TextField({ max: 2000, optional: true })
  description?: string;

  @TechFieldsField({
    minItems: 0,
    maxItems: 10,
    description: 'Disciplines the society covers',
    optional: true,
  })
  fields?: string[];

  @TextField({ max: 200, optional: true, example: 'https://www.sae-china.org' })
  website?: string;
}

export class CreateSocietyDto extends SocietyProfileFields {
  @TextField({ max: 200, example: '中国汽车工程学会' })
  name: string;

  @CreditCodeField()
  creditCode: string;

  @RegionCodeField()
  regionCode: string;
}

export class UpdateSocietyDto extends SocietyProfileFields {}

export class SocietyQueryDto {
  @TextField({ max: 50, optional: true, description: 'Words in the name' })
  q?: string;

  @RegionCodeField({ optional: true })
  regionCode?: string;

  @Type(() => Number)
  @IntField({ min: 1, max: 100, optional: true })
  limit?: number;

  @TextField({ max: 200, optional: true })
  cursor?: string;
}

class StationFields {
  @TextField({ max: 100, example: '中国汽车工程学会常州服务站' })
  name: string;

  @RegionCodeField()
  regionCode: string;

  @TextField({ max: 200, optional: true })
  address?: string;

  @TextField({ max: 50, optional: true })
  contactName?: string;

  @TextField({ max: 30, optional: true })
  contactPhone?: string;

  @TextField({ max: 1000, optional: true })
  description?: string;
}

export class CreateStationDto extends StationFields {}

export class UpdateStationDto extends PartialType(StationFields) {}

export class StationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: 'string', nullable: true }) address: string | null;
  @ApiProperty({ type: 'string', nullable: true }) contactName: string | null;
  @ApiProperty({ type: 'string', nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ description: 'Published experts attached to the station' }) expertCount: number;
}

export class SocietySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) fieldNames: string[];
  @ApiProperty({ type: 'string', nullable: true }) website: string | null;
  @ApiProperty({ description: 'Published experts' }) expertCount: number;
  @ApiProperty() stationCount: number;
}

export class SocietyDto extends SocietySummaryDto {
  @ApiProperty({ type: [StationDto] }) stations: StationDto[];
  @ApiProperty({ description: 'The caller may edit the profile and stations' }) canEdit: boolean;
}

export class SocietyPageDto {
  @ApiProperty({ type: [SocietySummaryDto] }) items: SocietySummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}
