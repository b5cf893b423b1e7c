import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IntField, UuidField } from '#core';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds.js';
import { NextBeforeProperty } from '../newest-first-page.js';

export class NotificationQueryDto {
  @Type(() => Number)
  @IntField({ min: 1, max: 100, optional: true, description: 'Page size (default 20)' })
  limit?: number;

  @UuidField({ optional: true, description: 'The id of the last notification of the previous page' })
  before?: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ example: 'match' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ description: 'In the request language' }) title: string;
  @ApiProperty({ description: 'In the request language' }) body: string;
  @ApiProperty({ description: 'A path of the web app, e.g. /demands/<id>' }) link: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @NextBeforeProperty() nextBefore: string | null;
}

export class UnreadCountDto {
  @ApiProperty() unread: number;
}
