import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { BooleanField, TextField } from '#core';
import { SearchQueryDto } from '#search';

/** A saved search: a name, then exactly the query text and facet filters that GET /api/v1/search takes. */
export class CreateSubscriptionDto extends OmitType(SearchQueryDto, ['sort', 'limit', 'page'] as const) {
  @TextField({ max: 100, example: '长三角储能电池' })
  name: string;
}

/**
 * Fields left out keep their value; a facet set to null is removed (the search no longer filters by it).
 * `active: false` pauses the subscription.
 */
export class UpdateSubscriptionDto extends PartialType(CreateSubscriptionDto) {
  @BooleanField({ optional: true, description: 'false pauses the subscription, true resumes it' })
  active?: boolean;
}

export class SubscriptionDto extends CreateSubscriptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Paused subscriptions are not matched' }) active: boolean;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The organization the user acted for when saving it',
  })
  organizationId: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}
