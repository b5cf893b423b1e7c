import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { pick, TextField } from '#core';
import type { ApiKey } from '../tokens/api-key.entity.js';
import type { PersonalAccessToken } from '../tokens/personal-access-token.entity.js';

export class CreatePersonalTokenDto {
  @TextField({ max: 100, example: 'ERP 集成' })
  name: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    description: 'Omit for a token that does not expire',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class PersonalTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters, to tell tokens apart' }) prefix: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) expiresAt: Date | null;

  static from(t: PersonalAccessToken): PersonalTokenDto {
    return pick(t, ['id', 'name', 'prefix', 'createdAt', 'lastUsedAt', 'expiresAt']);
  }
}

export class CreatedPersonalTokenDto extends PersonalTokenDto {
  @ApiProperty({ description: 'The token itself; shown only in this response' }) token: string;
}

export class CreateApiKeyDto {
  @TextField({ max: 100, example: '省网上技术市场同步' })
  name: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 10000,
    description: 'Requests per minute; omit for the platform default (API_KEY_RATE_LIMIT_PER_MINUTE)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  rateLimitPerMinute?: number;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters, to tell keys apart' }) prefix: string;
  @ApiProperty({ type: 'integer' }) rateLimitPerMinute: number;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) lastUsedAt: Date | null;

  static from(k: ApiKey): ApiKeyDto {
    return pick(k, ['id', 'name', 'prefix', 'rateLimitPerMinute', 'createdAt', 'lastUsedAt']);
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    description:
      'The key itself; shown only in this response. Send it as `Authorization: Bearer <key>` or `X-Api-Key`',
  })
  key: string;
}
