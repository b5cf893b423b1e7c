import type { Type as Class } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IntField, TextField, UuidField } from '#core';
import { MESSAGE_MAX_LENGTH } from '../message.entity.js';

export class PostMessageDto {
  @TextField({ max: MESSAGE_MAX_LENGTH })
  body: string;
}

export class MessageQueryDto {
  @Type(() => Number)
  @IntField({ min: 1, max: 100, optional: true, description: 'Page size (default 30)' })
  limit?: number;

  @UuidField({ optional: true, description: 'The id of the oldest message of the previous page' })
  before?: string;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/**
 * The other organization of a thread. The owner of a confidential posting stays anonymous (id and name
 * null) until it discloses itself: by writing in the thread, or, for a demand, by granting the caller's
 * organization access.
 */
export class CounterpartDto {
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) id: string | null;
  @ApiProperty({ type: 'string', nullable: true }) name: string | null;
  @ApiProperty({ description: 'False while the owner of a confidential posting has not disclosed itself' })
  disclosed: boolean;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conversationId: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null when the account is gone' })
  authorName: string | null;
  @ApiProperty({ type: OrganizationRefDto }) authorOrganization: OrganizationRefDto;
  @ApiProperty({ description: 'Written on behalf of the caller’s side of the conversation' }) mine: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

export class MessagePageDto {
  @ApiProperty({ type: [MessageDto], description: 'Newest first' }) items: MessageDto[];
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Pass as `before` for older messages; null on the last page',
  })
  nextBefore: string | null;
}

export class MessagePreviewDto {
  @ApiProperty({ description: 'The first 120 characters' }) body: string;
  @ApiProperty({ type: OrganizationRefDto }) authorOrganization: OrganizationRefDto;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

/** A thread as one of its two organizations (or a platform admin, reading) sees it. */
export class ConversationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'Null once the match is gone' })
  matchId: string | null;
  @ApiProperty({ description: 'The two postings’ titles when the thread was opened' }) subject: string;
  @ApiProperty({
    type: CounterpartDto,
    description:
      'The other side (for a platform admin, the candidate side); anonymous while it is the undisclosed owner of a confidential posting',
  })
  counterpart: CounterpartDto;
  @ApiProperty({ type: OrganizationRefDto, description: 'The side the caller acts for' })
  organization: OrganizationRefDto;
  @ApiProperty({ description: 'Messages of the other side the caller’s organization has not read' })
  unread: number;
  @ApiProperty({ type: MessagePreviewDto, nullable: true }) lastMessage: MessagePreviewDto | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) lastMessageAt: string;
  @ApiProperty({ description: 'False for a platform admin reading another organization’s thread' })
  canPost: boolean;
}

/**
 * The DTO class of the match a thread shows: matching's MatchDto, named through a lazy resolver that
 * matching fills when it loads (`showMatchesAs`), since conversations do not import matching. Read only
 * when the OpenAPI document is built, after every context is loaded.
 */
const matchSchema: { type?: Class<object> } = {};

export function showMatchesAs(type: Class<object>): void {
  matchSchema.type = type;
}

export class ConversationDetailDto extends ConversationDto {
  @ApiProperty({
    type: () => matchSchema.type!,
    nullable: true,
    description: 'The match as the caller’s side sees it; null once it is gone',
  })
  match: object | null;
}

export class ReadMarkerDto {
  @ApiProperty({ type: 'string', format: 'date-time' }) lastReadAt: string;
  @ApiProperty() unread: number;
}
