import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { EnumField, TextField } from '#core';
import {
  EMAIL_MODES,
  IN_APP_MODES,
  NOTIFICATION_KINDS,
  type EmailMode,
  type InAppMode,
  type NotificationKind,
} from '../notification-kinds.js';

/** How one kind of event reaches the user on each channel. */
export class KindPreferenceDto {
  @EnumField(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @EnumField(IN_APP_MODES, { description: 'The notification centre' })
  inApp: InAppMode;

  @EnumField(EMAIL_MODES, { description: '`digest`: one email a day listing everything pending' })
  email: EmailMode;
}

/** The whole matrix: every kind exactly once, in NOTIFICATION_KINDS order when read. */
export class NotificationPreferencesDto {
  @ApiProperty({ type: [KindPreferenceDto], description: 'One entry per kind of event, each kind once' })
  @IsArray()
  @ArrayMinSize(NOTIFICATION_KINDS.length)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => KindPreferenceDto)
  kinds: KindPreferenceDto[];
}

/** What an unsubscribe link names, shown on the confirmation page before the one click. */
export class UnsubscribeDto {
  @ApiProperty({
    enum: [...NOTIFICATION_KINDS, 'digest'],
    description: '`digest`: every kind the user gets by daily digest',
  })
  scope: NotificationKind | 'digest';

  @ApiProperty({
    enum: NOTIFICATION_KINDS,
    isArray: true,
    description: 'The kinds whose email is (or would be) off',
  })
  kinds: NotificationKind[];
}

export class UnsubscribeQueryDto {
  @TextField({ max: 200, description: 'The token from the email’s unsubscribe link' })
  token: string;
}
