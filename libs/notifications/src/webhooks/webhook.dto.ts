import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BooleanField, EnumArrayField, EnumField, IntField, TextField, UuidField } from '#core';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import {
  WEBHOOK_EVENT_KINDS,
  WEBHOOK_FORMATS,
  type WebhookEventKind,
  type WebhookFormat,
} from './webhook.entity.js';
import { NextBeforeProperty } from '../newest-first-page.js';

const URL_DESCRIPTION =
  'http(s) address that accepts POST; no user:password@; it must resolve to public addresses only';
const ROBOT_SECRET_DESCRIPTION =
  'The group robot’s own signing secret (DingTalk 加签 `SEC…`, Feishu 签名校验), used by those formats; ' +
  'null removes it. Never shown again.';

/** The optional robot secret (null removes it); listed in the order the stacked decorators ran. */
const RobotSecretField = () =>
  applyDecorators(
    MaxLength(200),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({
      type: 'string',
      nullable: true,
      maxLength: 200,
      description: ROBOT_SECRET_DESCRIPTION,
    }),
  );

export class CreateWebhookDto {
  @TextField({ max: 2000, description: URL_DESCRIPTION, example: 'https://example.com/duijie/webhook' })
  url: string;

  @EnumField(WEBHOOK_FORMATS, { optional: true, description: 'Body format (default generic)' })
  format?: WebhookFormat;

  @EnumArrayField(WEBHOOK_EVENT_KINDS, { optional: true, minItems: 1, description: 'Default: every kind' })
  events?: WebhookEventKind[];

  @BooleanField({ optional: true, description: 'Default true' })
  active?: boolean;

  @RobotSecretField()
  robotSecret?: string | null;
}

export class UpdateWebhookDto {
  @TextField({ max: 2000, optional: true, description: URL_DESCRIPTION })
  url?: string;

  @EnumField(WEBHOOK_FORMATS, { optional: true })
  format?: WebhookFormat;

  @EnumArrayField(WEBHOOK_EVENT_KINDS, { optional: true, minItems: 1 })
  events?: WebhookEventKind[];

  @BooleanField({ optional: true })
  active?: boolean;

  @RobotSecretField()
  robotSecret?: string | null;
}

export class WebhookListQueryDto {
  @UuidField({
    optional: true,
    description: 'Platform admins: whose webhooks to read. Others: only the acting organization',
  })
  organizationId?: string;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_FORMATS }) format: WebhookFormat;
  @ApiProperty({ enum: WEBHOOK_EVENT_KINDS, isArray: true }) events: WebhookEventKind[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Whether a robot signing secret is set' }) hasRobotSecret: boolean;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: string;
}

export class WebhookWithSecretDto extends WebhookDto {
  @ApiProperty({
    description:
      'The signing secret of `X-Duijie-Signature`. Shown only in this response: store it now (rotate to get a new one)',
  })
  secret: string;
}

export class WebhookDeliveryQueryDto {
  @Type(() => Number)
  @IntField({ min: 1, max: 100, optional: true, description: 'Page size (default 20)' })
  limit?: number;

  @UuidField({ optional: true, description: 'The id of the last delivery of the previous page' })
  before?: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Also the `X-Duijie-Delivery` header' }) id: string;
  @ApiProperty({ format: 'uuid' }) webhookId: string;
  @ApiProperty({ example: 'match-found' }) eventKind: string;
  @ApiProperty() eventKey: string;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES }) status: WebhookDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: 'integer', nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: 'string', nullable: true }) lastError: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The JSON body of the last attempt' })
  requestBody: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items: WebhookDeliveryDto[];
  @NextBeforeProperty() nextBefore: string | null;
}
