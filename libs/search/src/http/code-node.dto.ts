import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One entry of a reference code tree (region, industry, technology field) with the entries under it. */
export class CodeNodeDto {
  @ApiProperty({ example: '320000' })
  code: string;

  @ApiProperty({ example: '江苏省', description: 'Named in the request language where the list has two' })
  name: string;

  @ApiPropertyOptional({ type: () => [CodeNodeDto], description: 'Absent on a leaf' })
  children?: CodeNodeDto[];
}
