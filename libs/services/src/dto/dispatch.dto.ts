import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { DateField, EnumField, RegionCodeField, TextField, UuidField } from '#core';
import { DISPATCH_KINDS, MAX_DISPATCH_EXPERTS, type DispatchKind } from '../service-terms.js';
import { OrganizationRefDto } from './visit.dto.js';

/** 派驻: a society's experts sent to one enterprise or one region for a period. */
export class CreateDispatchDto {
  @EnumField(DISPATCH_KINDS, { description: 'service-team 学会服务团 or commissioner 科技特派员' })
  kind: DispatchKind;

  @TextField({ max: 100, description: 'Name of the team or of the assignment' })
  name: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_DISPATCH_EXPERTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DISPATCH_EXPERTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds: string[];

  @UuidField({ optional: true, description: 'The enterprise served; give this or regionCode' })
  enterpriseId?: string;

  @RegionCodeField({ optional: true, description: 'The region served (GB/T 2260); or enterpriseId' })
  regionCode?: string;

  @DateField() startsOn: string;

  @DateField({ description: 'Last day, on or after startsOn' })
  endsOn: string;

  @TextField({ max: 2000, description: 'Goals of the dispatch (服务目标)' })
  goals: string;
}

export class DispatchExpertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class DispatchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: OrganizationRefDto, description: 'The dispatching society' })
  organization: OrganizationRefDto;
  @ApiProperty({ enum: DISPATCH_KINDS }) kind: DispatchKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: [DispatchExpertDto] }) experts: DispatchExpertDto[];
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) enterprise: OrganizationRefDto | null;
  @ApiProperty({ type: 'string', nullable: true }) regionCode: string | null;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() goals: string;
  @ApiProperty({ description: 'The caller is one of the dispatched experts' }) dispatchedToViewer: boolean;
}
