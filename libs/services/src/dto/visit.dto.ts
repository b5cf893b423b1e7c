import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { DateField, IntField, TextField, UuidField } from '#core';
import { CreateDemandDto } from '#postings';
import { MAX_NEEDS } from '../service-terms.js';

export class PersonMetDto {
  @TextField({ max: 50, description: 'Name of the person met' })
  name: string;

  @TextField({ max: 50, optional: true, description: 'Their position (职务)' })
  title?: string;
}

export class VisitNeedInput {
  @TextField({ max: 200, description: 'The need in a line' })
  title: string;

  @TextField({ max: 2000, description: 'What the enterprise needs, as found on the visit' })
  description: string;
}

/** Who a visit or a service log is for, and the dispatch it was done under (a 特派员 must name it). */
export class ServiceRecordTarget {
  @UuidField({ description: 'The enterprise served (an organization of type enterprise)' })
  enterpriseId: string;

  @UuidField({
    optional: true,
    description:
      'The dispatch it was done under. A 科技特派员 (a dispatched expert who claimed the profile) records ' +
      'for the dispatching society by naming it; then the enterprise must be within its target.',
  })
  dispatchId?: string;
}

/** 走访档案. */
export class CreateVisitDto extends ServiceRecordTarget {
  @DateField({ description: 'Date of the visit, not in the future (Beijing date)' })
  visitedOn: string;

  @TextField({ max: 200, description: 'Where' })
  place: string;

  @ApiProperty({ type: [PersonMetDto], maxItems: 30 })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PersonMetDto)
  peopleMet: PersonMetDto[];

  @TextField({ max: 4000, description: 'What was found' })
  findings: string;

  @ApiProperty({ type: [VisitNeedInput], maxItems: MAX_NEEDS })
  @IsArray()
  @ArrayMaxSize(MAX_NEEDS)
  @ValidateNested({ each: true })
  @Type(() => VisitNeedInput)
  needs: VisitNeedInput[];
}

/** A need of the visit turned into a demand that stays a draft of the enterprise until it submits it. */
export class DraftDemandFromVisitDto extends CreateDemandDto {
  @IntField({ min: 0, max: MAX_NEEDS - 1, description: 'Which need of the visit (0-based)' })
  needIndex: number;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class VisitNeedDto {
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The draft demand made of it' })
  demandId: string | null;
}

export class PersonMetResponseDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: 'string', nullable: true }) title: string | null;
}

/** What a visit and a service log show alike. */
export class ServiceRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: OrganizationRefDto, description: 'The service organization keeping the record' })
  organization: OrganizationRefDto;
  @ApiProperty({ type: OrganizationRefDto }) enterprise: OrganizationRefDto;
  @ApiProperty() enterpriseRegionCode: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) dispatchId: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() createdAt: string;
}

export class VisitDto extends ServiceRecordDto {
  @ApiProperty({ format: 'date' }) visitedOn: string;
  @ApiProperty() place: string;
  @ApiProperty({ type: [PersonMetResponseDto] }) peopleMet: PersonMetResponseDto[];
  @ApiProperty() findings: string;
  @ApiProperty({ type: [VisitNeedDto] }) needs: VisitNeedDto[];
}

/** Filters of the visit and service-log lists. */
export class ServiceRecordQueryDto {
  @UuidField({ optional: true }) enterpriseId?: string;
  @UuidField({ optional: true }) dispatchId?: string;
}
