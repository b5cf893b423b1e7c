import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IntField, TextField, UuidField } from '#core';
import { RATING_SUBJECT_TYPES, type RatingSubjectType } from '../service-terms.js';

export class CreateRatingDto {
  @EnumField(RATING_SUBJECT_TYPES, {
    description:
      'A visit or service log the caller’s enterprise received, or a confirmed deal it is a party of',
  })
  subjectType: RatingSubjectType;

  @UuidField() subjectId: string;

  @IntField({ min: 1, max: 5, description: '1 (poor) to 5 (excellent)' })
  score: number;

  @TextField({ min: 0, max: 1000, optional: true }) comment?: string;
}

export class RatingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ enum: RATING_SUBJECT_TYPES }) subjectType: RatingSubjectType;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ format: 'uuid' }) providerOrganizationId: string;
  @ApiProperty() score: number;
  @ApiProperty() comment: string;
  @ApiProperty() createdAt: string;
}
