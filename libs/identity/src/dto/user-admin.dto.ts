import { EnumField } from '#core';
import { USER_STATUSES, type UserStatus } from '../users/user.entity.js';

export class UserStatusDto {
  @EnumField(USER_STATUSES)
  status: UserStatus;
}
