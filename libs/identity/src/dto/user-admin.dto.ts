import { ApiProperty } from '@nestjs/swagger';
import { EnumField, TextField } from '#core';
import { PLATFORM_ROLES, USER_STATUSES, type PlatformRole, type UserStatus } from '../users/user.entity.js';

export class UserStatusDto {
  @EnumField(USER_STATUSES)
  status: UserStatus;
}

export class UserSearchQueryDto {
  @TextField({ max: 100, optional: true, description: 'Words in the name or sign-in address' })
  q?: string;

  @EnumField(USER_STATUSES, { optional: true })
  status?: UserStatus;
}

/** A user as platform admins manage them. */
export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ enum: PLATFORM_ROLES, nullable: true }) platformRole: PlatformRole | null;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: Date;
}
