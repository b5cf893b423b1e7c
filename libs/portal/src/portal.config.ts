import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { AppConfig, ConfigSlice } from '#core';

const DEMO_OPERATOR_NAME = '对接 Duijie 平台';
const DEMO_PRIVACY_CONTACT_EMAIL = 'privacy@duijie.local';

/**
 * Who runs this deployment, as the user agreement and the privacy policy name them (README lists the
 * variables with the others). PIPL art. 17 wants the handler's name and contact in the privacy policy,
 * so the demo defaults are refused when NODE_ENV=production, as the development APP_SECRET is.
 */
export class PortalConfig implements ConfigSlice {
  /** The operator's legal name, the party to the user agreement and the personal information handler. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  OPERATOR_NAME = DEMO_OPERATOR_NAME;

  /** Where the personal information protection officer takes questions and requests (PIPL art. 50). */
  @IsEmail({ require_tld: false })
  PRIVACY_CONTACT_EMAIL = DEMO_PRIVACY_CONTACT_EMAIL;

  problems(core: AppConfig): string[] {
    if (core.NODE_ENV !== 'production') return [];
    return [
      ...(this.OPERATOR_NAME === DEMO_OPERATOR_NAME
        ? ['OPERATOR_NAME must name your organization when NODE_ENV=production']
        : []),
      ...(this.PRIVACY_CONTACT_EMAIL === DEMO_PRIVACY_CONTACT_EMAIL
        ? ['PRIVACY_CONTACT_EMAIL must be a real address when NODE_ENV=production']
        : []),
    ];
  }
}
