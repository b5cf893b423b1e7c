import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '#core';

/**
 * Longest text to suggest fields for: a title, the keywords and the start of a description. Enough to
 * tell the subject, and short enough to travel in a query string (the form sends the first part).
 */
export const MAX_SUGGEST_TEXT = 1_000;

export class FieldSuggestQueryDto {
  @TextField({
    max: MAX_SUGGEST_TEXT,
    example: '动力电池包热失控预警算法',
    description: 'A posting’s title, keywords and description (its start), in Chinese or English',
  })
  text: string;
}

export class SuggestedFieldDto {
  @ApiProperty({ example: 'EV-BATTERY' }) code: string;
  @ApiProperty({ example: '动力电池' }) name: string;
  @ApiPropertyOptional({ example: 'EV', description: 'The top field of a subfield' }) parentCode?: string;
  @ApiPropertyOptional({ example: '新能源汽车' }) parentName?: string;
  @ApiProperty({ description: 'Relative strength: 1 for the best suggestion, less for the others' })
  score: number;
}

export class SuggestedIndustryDto {
  @ApiProperty({ example: '38' }) code: string;
  @ApiProperty({ example: '电气机械和器材制造业' }) name: string;
}

export class FieldSuggestionsDto {
  @ApiProperty({ type: [SuggestedFieldDto], description: 'Up to 5 fields, best first; empty when none fits' })
  fields: SuggestedFieldDto[];
  @ApiProperty({
    type: SuggestedIndustryDto,
    nullable: true,
    description: 'The GB/T 4754 division of the best field, when that field points at one',
  })
  industry: SuggestedIndustryDto | null;
}
