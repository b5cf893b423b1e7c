import { ApiProperty } from '@nestjs/swagger';
import { EmailField, EnumField, PasswordField, TextField, UuidField } from '#core';

/**
 * The current version of the user agreement and privacy policy (用户协议、隐私政策). Registering requires
 * consent to exactly this one; change it with the texts (apps/web/src/pages/LegalPage.tsx), and each
 * user's record keeps the version they accepted.
 */
export const CONSENT_VERSION = '2026-12';

export class RegisterDto {
  @EmailField()
  email: string;

  @PasswordField()
  password: string;

  @TextField({ max: 100, example: '张伟' })
  name: string;

  @EnumField([CONSENT_VERSION], {
    description:
      'The version of the user agreement and privacy policy the user accepts (PIPL); only the current one',
  })
  consentVersion: typeof CONSENT_VERSION;
}

export class LoginDto {
  @EmailField()
  email: string;

  /** Any string up to 128: the rules for new passwords do not apply to signing in with an old one. */
  @TextField({ max: 128, description: 'The account password' })
  password: string;
}

export class PasswordResetRequestDto {
  @EmailField()
  email: string;
}

export class PasswordResetDto {
  @UuidField()
  requestId: string;

  @TextField({ max: 100, description: 'The token from the emailed link' })
  token: string;

  @PasswordField()
  password: string;
}

export class ChangePasswordDto {
  @TextField({ max: 128 })
  currentPassword: string;

  @PasswordField()
  newPassword: string;
}

export class AccessTokenDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;
}

export class RegistrationReceiptDto {
  @ApiProperty({
    description: 'Where the confirmation link was sent (the same answer whether or not it has an account)',
  })
  email: string;
}

export class EmailVerificationDto {
  @UuidField({ description: 'The `id` of the emailed link' })
  userId: string;

  @TextField({ max: 40, description: 'The `at` of the emailed link' })
  requestedAt: string;

  @TextField({ max: 100, description: 'The `token` of the emailed link' })
  token: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;
}
