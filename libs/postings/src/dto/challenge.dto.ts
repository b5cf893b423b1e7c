import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import {
  DateField,
  DecimalField,
  IntField,
  PageCursorField,
  PageLimitField,
  RegionCodeField,
  TextField,
} from '#core';
import { DemandSummaryDto } from './demand.dto.js';
import { CHALLENGE_STATUSES, type ChallengeStatus } from '../challenges/challenge.entity.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../challenges/proposal.entity.js';

const WAN = { min: 0, max: 100_000, decimals: 4 } as const;

export class CriterionDto {
  @TextField({ max: 50, example: '技术先进性' })
  name: string;

  @IntField({ min: 1, max: 100 })
  weight: number;
}

export class OpenChallengeDto {
  @DecimalField({ ...WAN, description: 'Award in 万元' })
  awardWan: number;

  @DateField({ description: 'Proposals close after this day' })
  deadline: string;

  @ApiProperty({ type: [CriterionDto], minItems: 1, maxItems: 10, description: 'Weights add up to 100' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @TextField({ max: 2000, optional: true })
  description?: string;
}

export class SubmitProposalDto {
  @TextField({ max: 500 })
  summary: string;

  @TextField({ max: 5000 })
  approach: string;

  @TextField({ max: 2000, description: 'Who does the work' })
  team: string;

  @DecimalField({ ...WAN, description: 'Cost in 万元' })
  costWan: number;

  @IntField({ min: 1, max: 3650 })
  durationDays: number;
}

export class ScoreProposalDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 100 },
    example: { 技术先进性: 85 },
  })
  @IsObject()
  scores: Record<string, number>;
}

export class ChallengeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) demandId: string;
  @ApiProperty() awardWan: number;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ type: [CriterionDto] }) criteria: CriterionDto[];
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ enum: CHALLENGE_STATUSES }) status: ChallengeStatus;
  @ApiProperty({ description: 'Proposals received (a count; their content is private)' })
  proposalCount: number;
}

export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() summary: string;
  @ApiProperty() approach: string;
  @ApiProperty() team: string;
  @ApiProperty() costWan: number;
  @ApiProperty() durationDays: number;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: ProposalStatus;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'integer' } }) scores: Record<
    string,
    number
  > | null;
  @ApiProperty({ type: 'number', nullable: true }) totalScore: number | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
}

export class ChallengeBoardQueryDto {
  @TextField({
    max: 20,
    optional: true,
    description: 'A technology field code (a top field matches its subfields)',
  })
  field?: string;

  @RegionCodeField({ optional: true, description: 'Matches the region and everything under it' })
  regionCode?: string;

  @PageLimitField() limit?: number;

  @PageCursorField() cursor?: string;
}

/** One open call on the 揭榜挂帅 board; a confidential demand's call shows as its teaser only. */
export class ChallengeBoardItemDto {
  @ApiProperty({ type: DemandSummaryDto }) demand: DemandSummaryDto;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Award in 万元; null where the demand is a teaser',
  })
  awardWan: number | null;
  @ApiProperty({ format: 'date', description: 'Proposals close after this day' }) deadline: string;
}

export class ChallengeBoardPageDto {
  @ApiProperty({ type: [ChallengeBoardItemDto] }) items: ChallengeBoardItemDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}
