import { IntSetting } from '#core';

/** The identity context's environment variables (README lists them with the others). */
export class IdentityConfig {
  /** Failed sign-ins allowed per account in LOGIN_WINDOW_SECONDS before the account is throttled. */
  @IntSetting(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Sign-in attempts allowed per client IP in LOGIN_WINDOW_SECONDS. */
  @IntSetting(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 30;

  @IntSetting(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Requests per minute an organization's API key may make when its admin sets no limit of its own. */
  @IntSetting(1)
  API_KEY_RATE_LIMIT_PER_MINUTE = 600;
}
