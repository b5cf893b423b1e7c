import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Who runs this deployment, as the user agreement and the privacy policy name them (README lists the
 * variables with the others). PIPL art. 17 wants the handler's name and contact in the privacy policy,
 * so each deployment sets its own; the defaults name the demo platform.
 */
export class PortalConfig {
  /** The operator's legal name, the party to the user agreement and the personal information handler. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  OPERATOR_NAME = '对接 Duijie 平台';

  /** Where the personal information protection officer takes questions and requests (PIPL art. 50). */
  @IsEmail({ require_tld: false })
  PRIVACY_CONTACT_EMAIL = 'privacy@duijie.local';
}
