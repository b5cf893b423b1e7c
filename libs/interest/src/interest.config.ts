import { IntSetting } from '#core';

/** The interest context's environment variables (README lists them with the others). */
export class InterestConfig {
  /** 我要对接 an organization may send per day (in DIGEST_TIMEZONE): beyond it, 429 until midnight. */
  @IntSetting(1)
  INTEREST_DAILY_LIMIT = 20;
}
