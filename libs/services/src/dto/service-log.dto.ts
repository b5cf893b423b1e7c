import { ApiProperty } from '@nestjs/swagger';
import { DateField, DecimalField, TextField, UuidField } from '#core';
import { ServiceRecordDto, ServiceRecordTarget } from './visit.dto.js';

/** 服务日志. */
export class CreateServiceLogDto extends ServiceRecordTarget {
  @DateField({ description: 'When the work was done, not in the future (Beijing date)' })
  servedOn: string;

  @TextField({ max: 200, description: 'The task (服务事项)' })
  task: string;

  @DecimalField({ min: 0.1, max: 1000, decimals: 1, description: 'Hours spent', example: 2.5 })
  hours: number;

  @TextField({ max: 4000, description: 'The result (服务成效)' })
  result: string;

  @UuidField({ optional: true, description: 'The visit this work followed from (same enterprise)' })
  visitId?: string;
}

export class ServiceLogDto extends ServiceRecordDto {
  @ApiProperty({ format: 'date' }) servedOn: string;
  @ApiProperty() task: string;
  @ApiProperty() hours: number;
  @ApiProperty() result: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) visitId: string | null;
}
